// Single sign-on with OpenID Connect (authorization code with PKCE), so a company's own directory can sign its
// users in. The round trip's state, nonce and PKCE verifier live in PostgreSQL, keyed by a short-lived cookie,
// and are used once: a replayed callback or a wrong state is refused.
import * as oidc from 'openid-client';
import Type from 'typebox';
import { newSecret } from '../../platform/auth/secrets.ts';
import { inTransaction } from '../../platform/db/pool.ts';
import type { App, AuthSettings } from '../../platform/http/app.ts';
import { AppError } from '../../platform/problems.ts';
import { problems } from '../../platform/http/schemas.ts';
import { setSessionCookie } from '../../platform/http/session-cookie.ts';
import { recordLogin, spendLogin } from './sso.queries.ts';
import { signInWithIdentity } from './sso.service.ts';

const LOGIN_COOKIE = '__Host-oidc';
const LOGIN_MINUTES = 10;
const SSO_RATE = { max: 30, timeWindow: '1 minute' };

export async function ssoRoutes(app: App): Promise<void> {
  const { pool, auth } = app.deps;
  let configuration: Promise<oidc.Configuration> | undefined;
  const provider = () => {
    if (!auth.oidc)
      throw new AppError('sso-not-configured', 'Single sign-on is not configured on this service.');
    configuration ??= discover(auth.oidc).catch((error: unknown) => {
      configuration = undefined; // try discovery again next time
      throw error;
    });
    return configuration;
  };
  const redirectUri = `${auth.publicUrl}/api/v1/auth/oidc/callback`;

  app.get(
    '/auth/methods',
    {
      config: { permission: 'public' },
      schema: {
        summary: 'How people can sign in here: the sign-in page offers single sign-on only when it is set up',
        tags: ['sessions'],
        security: [],
        response: {
          200: Type.Object(
            {
              password: Type.Boolean({ description: 'Always true: email address and password.' }),
              sso: Type.Boolean({ description: 'Whether single sign-on (OpenID Connect) is configured.' }),
            },
            { additionalProperties: false },
          ),
        },
      },
    },
    async () => ({ password: true, sso: Boolean(auth.oidc) }),
  );

  app.get(
    '/auth/oidc/start',
    {
      config: { permission: 'public', rateLimit: SSO_RATE },
      schema: {
        summary: "Sign in with the company's identity provider (redirects there)",
        tags: ['sessions'],
        security: [],
        response: { ...problems(404, 429) },
      },
    },
    async (request, reply) => {
      const config = await provider();
      const loginId = newSecret('sso');
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      const verifier = oidc.randomPKCECodeVerifier();
      await recordLogin(pool, { loginId, state, nonce, verifier }, request.now);
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: 'openid email profile',
        code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return reply
        .setCookie(LOGIN_COOKIE, loginId, {
          path: '/',
          httpOnly: true,
          secure: true,
          sameSite: 'lax',
          maxAge: LOGIN_MINUTES * 60,
        })
        .redirect(url.href, 302);
    },
  );

  app.get(
    '/auth/oidc/callback',
    {
      config: { permission: 'public', rateLimit: SSO_RATE },
      schema: {
        summary: 'Where the identity provider sends the user back; signs in and redirects to the portal',
        tags: ['sessions'],
        security: [],
        // Whatever the provider sends back (code, state, iss, error...), each a string. An object without
        // properties rather than a Record: @fastify/swagger made the Record's keywords into query parameters.
        querystring: Type.Object({}, { additionalProperties: Type.String({ maxLength: 4096 }) }),
        response: { ...problems(401, 404, 429) },
      },
    },
    async (request, reply) => {
      request.audit.action = 'sign-in-sso';
      const config = await provider();
      const { now } = request;
      const loginId = request.cookies[LOGIN_COOKIE] ?? '';
      // Spend the round trip first: whatever happens next, this state cannot be used again.
      const login = await spendLogin(pool, loginId, now, LOGIN_MINUTES);
      if (!login)
        throw new AppError(
          'sso-failed',
          'This sign-in attempt is unknown, expired or used already; start again.',
        );
      let claims: oidc.IDToken | undefined;
      let email: unknown;
      let verified: unknown;
      try {
        const tokens = await oidc.authorizationCodeGrant(config, new URL(request.url, auth.publicUrl), {
          pkceCodeVerifier: login.code_verifier,
          expectedState: login.state,
          expectedNonce: login.nonce,
          idTokenExpected: true,
        });
        claims = tokens.claims();
        email = claims?.email;
        verified = claims?.email_verified;
        // With the code flow, providers may keep the email for UserInfo rather than the ID token.
        if (claims && typeof email !== 'string') {
          ({ email, email_verified: verified } = await oidc.fetchUserInfo(
            config,
            tokens.access_token,
            claims.sub,
          ));
        }
      } catch (error) {
        request.log.warn({ err: error }, 'OpenID Connect callback refused');
        // The library's words (a state mismatch, invalid_grant) help an attacker more than a person: logged only.
        throw new AppError(
          'sso-failed',
          "The identity provider's answer could not be verified. Start the sign-in again.",
        );
      }
      if (!claims) throw new AppError('sso-failed', 'The identity provider sent no ID token.');
      const identity = {
        issuer: claims.iss,
        subject: claims.sub,
        email: typeof email === 'string' ? email : null,
        verified: verified === true,
      };

      const meta = { ip: request.ip, userAgent: request.headers['user-agent'] };
      const signedIn = await inTransaction(pool, (tx) => signInWithIdentity(tx, identity, auth, now, meta));
      if (!signedIn) {
        request.audit.actorLabel = identity.email ?? identity.subject;
        throw new AppError(
          'sso-failed',
          'No active account matches this identity; ask an admin of your company for an invitation.',
        );
      }
      request.audit.actorLabel = signedIn.user.email;
      request.audit.objectId = signedIn.user.id;
      request.audit.objectType = 'user';
      return setSessionCookie(reply, signedIn.session, now)
        .clearCookie(LOGIN_COOKIE, { path: '/', secure: true, httpOnly: true, sameSite: 'lax' })
        .redirect('/', 303);
    },
  );
}

async function discover(settings: NonNullable<AuthSettings['oidc']>): Promise<oidc.Configuration> {
  const issuer = new URL(settings.issuer);
  // Plain http only for a provider on this machine (development and tests); anywhere else TLS is required.
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
  return oidc.discovery(
    issuer,
    settings.clientId,
    settings.clientSecret,
    undefined,
    loopback ? { execute: [oidc.allowInsecureRequests] } : undefined,
  );
}
