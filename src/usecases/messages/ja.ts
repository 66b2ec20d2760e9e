// Japanese mail (ja, any region).
import { S12_RESOURCES, type MessageCatalog } from './catalog.ts';

export const ja: MessageCatalog = {
  greeting: 'ご担当者様',
  signature: 'Marketplace Rewards チーム',
  causes: {
    'illegal-activity': '違法行為',
    delisting: '掲載の取り下げ',
    'ip-violation': '知的財産権の侵害',
    'sponsorship-misuse': 'スポンサーシップの不正使用',
    other: 'その他の理由',
  },
  channels: { email: 'メール', phone: '電話', meeting: '会議', other: 'その他の方法' },
  about: (p, f) =>
    p.thread === 'dispute'
      ? p.lineId
        ? `請求明細 ${f.s(p.lineId)} への異議`
        : 'ティアの金額への異議'
      : p.thread === 'technical-request'
        ? `「${f.s(p.title)}」の技術支援リクエスト`
        : `サポート チケット「${f.s(p.title)}」`,
  templates: {
    'activation-received': {
      subject: (p, f) => `有効化の申請を受け付けました：${f.benefit(p)}`,
      body: (p, f) => [
        `「${f.benefit(p)}」を有効化していただき、ありがとうございます。`,
        `${f.date(p.contactDueAt)}までに、リワード チームの担当者からご連絡します。`,
      ],
    },
    'contact-logged': {
      subject: (p, f) => `「${f.s(p.about)}」について、リワード チームからご連絡しました`,
      body: (p, f) => [
        `リワード チームの担当者が、「${f.s(p.about)}」について${f.channel(p.channel)}でご連絡しました。`,
        'ご不明な点は、担当者に直接ご返信ください。',
      ],
    },
    'benefit-unlocked': {
      subject: (p, f) => `新しい特典のロックが解除されました：${f.benefit(p)}`,
      body: (p, f) => [
        `「${f.benefit(p)}」をご利用いただけるようになりました。`,
        'Marketplace Rewards ページの [営業およびマーケティング特典] タブで有効化してください。',
      ],
    },
    'sponsorship-unlocked': {
      subject: (p, f) => `スポンサーシップの準備ができました：${f.benefit(p)}`,
      body: (p, f) => [
        `「${f.benefit(p)}」のロックが解除されました${p.amountUsdCents ? `（${f.usd(p.amountUsdCents)} 相当）` : ''}。`,
        'ご利用方法：Marketplace Rewards ページでこの特典を有効化してください。リワード チームからマーケティング担当者にスポンサーシップ オファーをお送りしますので、Azure portal で引き換えてください。',
        p.waitsForName
          ? `現在の「${f.s(p.waitsForName)}」を使い切った時点（残り ${f.usd(p.waitsForRemainingUsdCents)}）、または ${f.date(p.waitsForExpiresOn)} に期限が切れた後に有効化できます。新しいスポンサーシップは、前回のものを使い切るか期限が切れた後にのみ発行されます。`
          : '新しいスポンサーシップは、前回のものを使い切るか期限が切れた後にのみ発行されます。',
      ],
    },
    'offer-live': {
      subject: (p, f) => `「${f.s(p.offerName)}」が公開されました：Marketplace Rewards へようこそ`,
      body: (p, f) => [
        `オファー「${f.s(p.offerName)}」がマーケットプレースで公開されました。`,
        `${f.date(p.welcomeBy)}までに、このオファーで利用できる特典について、リワード チームの担当者からご連絡します。`,
        '次の手順：マーケティング担当者を割り当て、Marketplace Rewards ページで特典をご確認ください。',
      ],
    },
    'self-serve-resources': {
      subject: (p, f) => `「${f.s(p.offerName)}」のプロモーションに役立つリソース`,
      body: (p, f) => [
        `すべての掲載情報に、最適化の推奨事項とプロモーション用のリソースをご用意しています。「${f.s(p.offerName)}」向けのリソース：`,
        ...S12_RESOURCES.map((url) => `- ${url}`),
      ],
    },
    'clock-warning': {
      subject: (p, f) => `期限 ${f.date(p.dueAt)}：${f.s(p.taskSubject)}（${f.s(p.companyName)}）`,
      body: (p, f) => [
        `${f.s(p.companyName)} へのお約束の期限は ${f.date(p.dueAt)} です：${f.s(p.taskSubject)}。`,
        '連絡を取ったら、コンソールに記録してください。',
      ],
    },
    'clock-escalation': {
      subject: (p, f) => `期限超過：${f.s(p.taskSubject)}（${f.s(p.companyName)}）`,
      body: (p, f) => [
        `${f.s(p.companyName)} へのお約束は ${f.date(p.dueAt)} に期限が切れましたが、連絡が記録されていません：${f.s(p.taskSubject)}。`,
        `担当者：${f.s(p.assigneeName, 'なし')}。`,
      ],
    },
    'welcome-lapsed': {
      subject: (p, f) => `「${f.s(p.offerName)}」について、まだご連絡できていません`,
      body: (p, f) => [
        `「${f.s(p.offerName)}」は ${f.date(p.liveAt)} から公開されていますが、リワード チームからまだご連絡できていません。申し訳ございません。チームにはすでに伝えてあります。`,
        'お客様は、組織内でこのオファーの所有者です。先にお問い合わせいただく場合は、Marketplace Rewards ページでサポート チケットを作成してください。',
      ],
    },
    'benefit-expiring': {
      subject: (p, f) => `「${f.benefit(p)}」の有効期限は ${f.date(p.expiresAt)} です`,
      body: (p, f) => [
        `「${f.benefit(p)}」は 1 回限りの特典で、${f.date(p.expiresAt)} に有効期限が切れます。`,
        '期限までに Marketplace Rewards ページで有効化してください。',
      ],
    },
    'benefit-revoked': {
      subject: (p, f) => `「${f.benefit(p)}」が取り消されました`,
      body: (p, f) => [
        `「${f.benefit(p)}」は、${f.cause(p.cause)}のため取り消されました${p.note ? `：${f.s(p.note)}` : ''}。`,
        '進行中の有効化はキャンセルされました。誤りと思われる場合は、このメールにご返信いただくか、サポート チケットを作成してください。',
      ],
    },
    'benefit-reinstated': {
      subject: (p, f) => `「${f.benefit(p)}」を再びご利用いただけます`,
      body: (p, f) => [
        `取り消されていた「${f.benefit(p)}」が復元されました${p.note ? `：${f.s(p.note)}` : ''}。`,
        'Marketplace Rewards ページで再度有効化できます。',
      ],
    },
    'sponsorship-expiring': {
      subject: (p, f) =>
        `「${f.benefit(p)}」の残り ${f.usd(p.remainingUsdCents)} は ${f.date(p.expiresAt)} に期限切れになります`,
      body: (p, f) => [
        `「${f.benefit(p)}」（${f.usd(p.amountUsdCents)}）のうち、${f.usd(p.remainingUsdCents)} がまだ使用されていません。有効期限は ${f.date(p.expiresAt)} です。`,
        '期限までにご使用いただくか、使用しない旨をリワード チームにお知らせください。次のスポンサーシップは、今回のものを使い切るか期限が切れた後に発行されます。',
      ],
    },
    'benefit-refreshed': {
      subject: (p, f) => `「${f.benefit(p)}」の新しい 1 年が始まりました`,
      body: (p, f) => [
        `ロック解除の記念日である ${f.date(p.periodStart)} に、「${f.benefit(p)}」の新しい 1 年が始まりました。`,
        'Marketplace Rewards ページで再度有効化できます。',
      ],
    },
    'work-rerouted': {
      subject: (p, f) => `${f.s(p.fromName)} さん宛ての通知が、今後はあなたに届きます`,
      body: (p, f) => [
        `${f.s(p.fromName)} さんのアカウントは無効化されました。${f.s(p.fromName)} さんが担当していた事項は、今後あなたに届きます：${f.s(p.what)}。`,
      ],
    },
    invitation: {
      subject: (p, f) =>
        p.publisherName
          ? `Marketplace Rewards の ${f.s(p.publisherName)} への招待`
          : 'Marketplace Rewards チームへの招待',
      body: (p, f) => [
        `${f.s(p.inviterName, 'Marketplace Rewards チーム')}さんから、${
          p.publisherName
            ? `Marketplace Rewards の ${f.s(p.publisherName)} への参加`
            : p.role === 'program-admin'
              ? 'プログラム管理者として Marketplace Rewards プログラムの運営'
              : 'Marketplace Rewards チームへの参加'
        }に招待されました。`,
        `次のリンクを開いてパスワードを設定し、サインインしてください: ${f.link(p.url)}`,
        `このリンクは一度だけ使用でき、${f.date(p.expiresAt)} に期限切れになります。期限が切れた場合は、新しいリンクを依頼してください。`,
      ],
    },
    'conversation-reply': {
      subject: (p, f) => `${f.about(p)}に新しい返信があります`,
      body: (p, f) => [
        `${f.s(p.authorName)} さんが${f.about(p)}（${f.s(p.companyName)}）に書き込みました:`,
        f.s(p.body),
        `会話を読んで返信する: ${f.link(p.url)}`,
      ],
    },
    'conversation-resolved': {
      subject: (p, f) => `解決済み: ${f.about(p)}`,
      body: (p, f) => [
        `リワード チームの ${f.s(p.authorName)} が${f.about(p)}を解決済みにしました。`,
        ...(p.body ? [f.s(p.body)] : []),
        `まだ解決していないことがあれば、会話で返信してください。会話が再び開きます: ${f.link(p.url)}`,
      ],
    },
    'dispute-decided': {
      subject: (p, f) =>
        p.outcome === 'upheld' ? `異議が認められました: ${f.about(p)}` : `${f.about(p)}についての決定`,
      body: (p, f) => [
        p.outcome === 'upheld'
          ? `リワード チームがお客様の${f.about(p)}を確認し、お客様の指摘を認めました。`
          : `リワード チームがお客様の${f.about(p)}を確認しました。金額は変わりません。`,
        ...(typeof p.correctionUsdCents === 'number'
          ? [
              `${f.usd(p.correctionUsdCents)} の訂正を請求済み売上に加えました。ティアの金額にも反映されています。`,
            ]
          : []),
        f.s(p.body),
        `決定を読み、同意できない場合は返信してください: ${f.link(p.url)}`,
      ],
    },
    'new-sign-in': {
      subject: () => 'Marketplace Rewards アカウントへの新しいサインイン',
      body: (p, f) => [
        `${f.date(p.at)} に、これまで使われたことのないブラウザーからお客様のアカウントにサインインがありました (アドレス ${f.s(p.ip)}、${f.s(p.browser, 'ブラウザー不明')})。`,
        `ご本人の場合は、何もする必要はありません。心当たりがない場合は、アカウント ページでパスワードを変更し、そのセッションを終了してください: ${f.link(p.url)}`,
      ],
    },
    'invitation-existing-account': {
      subject: (p, f) =>
        `Marketplace Rewards の ${f.s(p.publisherName, 'パブリッシャー')} にこのアドレスを追加しようとした人がいます`,
      body: (p, f) => [
        `${f.s(p.inviterName, 'ある人')} がこのメール アドレスを Marketplace Rewards の ${f.s(p.publisherName, 'パブリッシャー')} に追加しました。このアドレスにはすでにアカウントがあり、1 つのアドレスでサインインできるアカウントは 1 つだけなので、何も変更されていません。`,
        `${f.s(p.publisherName, 'そのパブリッシャー')} に参加するには、${f.s(p.inviterName, '招待した人')} に別のアドレスを招待するよう依頼してください。心当たりがない場合は、このメッセージを無視してください。アカウントは元のままです。`,
      ],
    },
    'webhook-disabled': {
      subject: () => 'Webhook のサブスクリプションが無効になりました',
      body: (p, f) => [
        p.reason === 'gone'
          ? `${f.s(p.url)} への Webhook サブスクリプションを無効にしました。受信側が今後の受信を望まないと応答しました (410 Gone)。`
          : `${f.s(p.url)} への Webhook サブスクリプションを無効にしました。配信が ${f.s(p.failures)} 回続けて失敗しました。`,
        `今後は送信されません。受信側を修正し、サブスクリプションを再び有効にして、届かなかったイベントを再配信してください: ${f.link(p.page)}`,
      ],
    },
  },
};
