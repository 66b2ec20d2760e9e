// The page an invitation link opens: the person chooses a password, the page sends it with the token from the
// URL fragment to POST /api/v1/invitations/accept, and says what the API answered. (The portal replaces it.)
export const ACCEPT_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Set your password - Marketplace Rewards</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 28rem; margin: 4rem auto; padding: 0 1rem; color: #242424; }
  label { display: block; margin: 1rem 0 .25rem; font-weight: 600; }
  input { width: 100%; padding: .5rem; font: inherit; box-sizing: border-box; }
  button:disabled { background: #8a8886; }
  button { margin-top: 1rem; padding: .5rem 1.25rem; font: inherit; background: #0f6cbd; color: #fff; border: 0; border-radius: 4px; }
  .error { color: #b10e1c; } .ok { color: #0e700e; }
</style>
</head>
<body>
<main>
<h1>Set your password</h1>
<p>Use at least 15 characters; a few unrelated words make a good password.</p>
<form id="form">
  <label for="password">New password</label>
  <input id="password" type="password" autocomplete="new-password" minlength="15" maxlength="128" required>
  <p id="message" role="status" aria-live="polite"></p>
  <button type="submit">Set password and sign in</button>
</form>
</main>
<script>
  const token = new URLSearchParams(location.hash.slice(1)).get('token');
  history.replaceState(null, '', location.pathname);
  const message = document.getElementById('message');
  if (!token) {
    message.className = 'error';
    message.textContent = 'This link has no invitation token; ask your admin for a new link.';
    document.querySelector('button').disabled = true;
  }
  document.getElementById('form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const response = await fetch('/api/v1/invitations/accept', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, password: document.getElementById('password').value }),
    });
    const body = await response.json();
    message.className = response.ok ? 'ok' : 'error';
    if (response.ok) {
      document.getElementById('password').value = '';
      document.querySelector('button').disabled = true;
    }
    message.textContent = response.ok
      ? 'Your password is set and you are signed in as ' + body.user.email + '.'
      : (body.errors ? body.errors.map((e) => e.detail).join(' ') : body.detail);
  });
</script>
</body>
</html>
`;
