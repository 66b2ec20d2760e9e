// Traditional Chinese mail (zh-TW, zh-Hant, zh-HK, zh-MO).
import { S12_RESOURCES, type MessageCatalog } from './catalog.ts';

export const zhTW: MessageCatalog = {
  greeting: '您好：',
  signature: 'Marketplace Rewards 小組 敬上',
  causes: {
    'illegal-activity': '違法活動',
    delisting: '下架',
    'ip-violation': '侵害智慧財產權',
    'sponsorship-misuse': '不當使用贊助',
    other: '其他原因',
  },
  channels: { email: '電子郵件', phone: '電話', meeting: '會議', other: '其他方式' },
  about: (p, f) =>
    p.thread === 'dispute'
      ? p.lineId
        ? `對帳單明細 ${f.s(p.lineId)} 的申訴`
        : '對層級金額的申訴'
      : p.thread === 'technical-request'
        ? `「${f.s(p.title)}」的技術協助要求`
        : `支援票證「${f.s(p.title)}」`,
  templates: {
    'activation-received': {
      subject: (p, f) => `我們已收到您的啟用申請：${f.benefit(p)}`,
      body: (p, f) => [
        `感謝您啟用「${f.benefit(p)}」。`,
        `獎勵小組成員將在 ${f.date(p.contactDueAt)} 之前與您聯絡。`,
      ],
    },
    'contact-logged': {
      subject: (p, f) => `獎勵小組已就「${f.s(p.about)}」與您聯絡`,
      body: (p, f) => [
        `獎勵小組成員已透過${f.channel(p.channel)}就「${f.s(p.about)}」與您聯絡。`,
        '如有任何問題，請直接回覆對方。',
      ],
    },
    'benefit-unlocked': {
      subject: (p, f) => `已解除鎖定新權益：${f.benefit(p)}`,
      body: (p, f) => [
        `您現在可以使用「${f.benefit(p)}」。`,
        '請在 Marketplace Rewards 頁面的「銷售與行銷權益」索引標籤啟用。',
      ],
    },
    'sponsorship-unlocked': {
      subject: (p, f) => `您的贊助已就緒：${f.benefit(p)}`,
      body: (p, f) => [
        `您已解除鎖定「${f.benefit(p)}」${p.amountUsdCents ? `，價值 ${f.usd(p.amountUsdCents)}` : ''}。`,
        '使用方式：在 Marketplace Rewards 頁面啟用此權益，獎勵小組會將贊助優惠寄給您的行銷連絡人，請於 Azure 入口網站兌換。',
        p.waitsForName
          ? `待您的「${f.s(p.waitsForName)}」用完（尚餘 ${f.usd(p.waitsForRemainingUsdCents)}），或於 ${f.date(p.waitsForExpiresOn)} 到期後，即可啟用：前一筆贊助用完或到期後，才會核發新的贊助。`
          : '前一筆贊助用完或到期後，才會核發新的贊助。',
      ],
    },
    'offer-live': {
      subject: (p, f) => `「${f.s(p.offerName)}」已上線：歡迎加入 Marketplace Rewards`,
      body: (p, f) => [
        `您的供應項目「${f.s(p.offerName)}」已在市集上線。`,
        `獎勵小組成員將在 ${f.date(p.welcomeBy)} 之前與您聯絡，說明它符合資格的權益。`,
        '後續步驟：指派行銷連絡人，並在 Marketplace Rewards 頁面查看您的權益。',
      ],
    },
    'self-serve-resources': {
      subject: (p, f) => `推廣「${f.s(p.offerName)}」的資源`,
      body: (p, f) => [
        `每個上架項目都能獲得最佳化建議與推廣資源。關於「${f.s(p.offerName)}」：`,
        ...S12_RESOURCES.map((url) => `- ${url}`),
      ],
    },
    'clock-warning': {
      subject: (p, f) => `${f.date(p.dueAt)} 到期：${f.s(p.taskSubject)}（${f.s(p.companyName)}）`,
      body: (p, f) => [
        `對 ${f.s(p.companyName)} 的承諾將於 ${f.date(p.dueAt)} 到期：${f.s(p.taskSubject)}。`,
        '聯絡後請在主控台記錄。',
      ],
    },
    'clock-escalation': {
      subject: (p, f) => `已逾期：${f.s(p.taskSubject)}（${f.s(p.companyName)}）`,
      body: (p, f) => [
        `對 ${f.s(p.companyName)} 的承諾已於 ${f.date(p.dueAt)} 到期，仍未記錄聯絡：${f.s(p.taskSubject)}。`,
        `負責人：${f.s(p.assigneeName, '無')}。`,
      ],
    },
    'welcome-lapsed': {
      subject: (p, f) => `尚未有人就「${f.s(p.offerName)}」與您聯絡`,
      body: (p, f) => [
        `「${f.s(p.offerName)}」自 ${f.date(p.liveAt)} 上線至今，獎勵小組尚未與您聯絡。很抱歉，我們已通知小組。`,
        '您是貴組織中此供應項目的負責人。若想先聯絡我們，請在 Marketplace Rewards 頁面提交支援票證。',
      ],
    },
    'benefit-expiring': {
      subject: (p, f) => `「${f.benefit(p)}」將於 ${f.date(p.expiresAt)} 到期`,
      body: (p, f) => [
        `「${f.benefit(p)}」是一次性權益，將於 ${f.date(p.expiresAt)} 到期。`,
        '請在到期前於 Marketplace Rewards 頁面啟用。',
      ],
    },
    'benefit-revoked': {
      subject: (p, f) => `「${f.benefit(p)}」已被撤銷`,
      body: (p, f) => [
        `「${f.benefit(p)}」因${f.cause(p.cause)}已被撤銷${p.note ? `：${f.s(p.note)}` : ''}。`,
        '其進行中的啟用已取消。如果您認為有誤，請回覆此郵件或建立支援票證。',
      ],
    },
    'benefit-reinstated': {
      subject: (p, f) => `「${f.benefit(p)}」已恢復`,
      body: (p, f) => [
        `先前被撤銷的「${f.benefit(p)}」已恢復${p.note ? `：${f.s(p.note)}` : ''}。`,
        '您可以再次在 Marketplace Rewards 頁面啟用。',
      ],
    },
    'sponsorship-expiring': {
      subject: (p, f) =>
        `您的「${f.benefit(p)}」尚餘 ${f.usd(p.remainingUsdCents)}，將於 ${f.date(p.expiresAt)} 到期`,
      body: (p, f) => [
        `您的「${f.benefit(p)}」（${f.usd(p.amountUsdCents)}）尚有 ${f.usd(p.remainingUsdCents)} 未使用，將於 ${f.date(p.expiresAt)} 到期。`,
        '請在到期前使用，或告知獎勵小組您不會使用：此筆贊助用完或到期後，才會核發下一筆。',
      ],
    },
    'benefit-refreshed': {
      subject: (p, f) => `「${f.benefit(p)}」已開始新的年度`,
      body: (p, f) => [
        `「${f.benefit(p)}」已於解除鎖定週年日 ${f.date(p.periodStart)} 開始新的年度。`,
        '您可以在 Marketplace Rewards 頁面再次啟用。',
      ],
    },
    'work-rerouted': {
      subject: (p, f) => `原本寄給 ${f.s(p.fromName)} 的通知今後將寄給您`,
      body: (p, f) => [`${f.s(p.fromName)} 已停用。其負責的事項今後由您接收：${f.s(p.what)}。`],
    },
    invitation: {
      subject: (p, f) =>
        p.publisherName
          ? `邀請您加入 Marketplace Rewards 上的 ${f.s(p.publisherName)}`
          : '邀請您加入 Marketplace Rewards 團隊',
      body: (p, f) => [
        `${f.s(p.inviterName, 'Marketplace Rewards 團隊')}邀請您${
          p.publisherName
            ? `加入 Marketplace Rewards 上的 ${f.s(p.publisherName)}`
            : p.role === 'program-admin'
              ? '以計畫管理員身分管理 Marketplace Rewards 計畫'
              : '加入 Marketplace Rewards 團隊'
        }。`,
        `請開啟此連結設定密碼並登入：${f.link(p.url)}`,
        `此連結僅能使用一次，將於 ${f.date(p.expiresAt)} 到期。若已過期，請向邀請您的人索取新連結。`,
      ],
    },
    'conversation-reply': {
      subject: (p, f) => `${f.about(p)}有新的回覆`,
      body: (p, f) => [
        `${f.s(p.authorName)} 在${f.about(p)}（${f.s(p.companyName)}）中寫道：`,
        f.s(p.body),
        `閱讀對話並回覆：${f.link(p.url)}`,
      ],
    },
    'conversation-resolved': {
      subject: (p, f) => `已解決：${f.about(p)}`,
      body: (p, f) => [
        `獎勵團隊的 ${f.s(p.authorName)} 已將${f.about(p)}標示為已解決。`,
        ...(p.body ? [f.s(p.body)] : []),
        `如果還有未解決的問題，請在對話中回覆，對話會重新開啟：${f.link(p.url)}`,
      ],
    },
    'dispute-decided': {
      subject: (p, f) => (p.outcome === 'upheld' ? `您的申訴成立：${f.about(p)}` : `${f.about(p)}的決定`),
      body: (p, f) => [
        p.outcome === 'upheld'
          ? `獎勵團隊已審查您的${f.about(p)}，並同意您的看法。`
          : `獎勵團隊已審查您的${f.about(p)}：金額維持不變。`,
        ...(typeof p.correctionUsdCents === 'number'
          ? [`已在您的計費銷售額中加入 ${f.usd(p.correctionUsdCents)} 的更正；您的層級金額已包含這筆更正。`]
          : []),
        f.s(p.body),
        `閱讀決定內容，若不同意請回覆：${f.link(p.url)}`,
      ],
    },
    'new-sign-in': {
      subject: () => '您的 Marketplace Rewards 帳戶有新的登入',
      body: (p, f) => [
        `有人於 ${f.date(p.at)} 從您以前未使用過的瀏覽器登入您的帳戶（位址 ${f.s(p.ip)}；${f.s(p.browser, '瀏覽器不明')}）。`,
        `如果是您本人，無需採取任何動作。如果不是，請在帳戶頁面變更密碼並結束該工作階段：${f.link(p.url)}`,
      ],
    },
    'invitation-existing-account': {
      subject: (p, f) =>
        `有人嘗試將此地址加入 Marketplace Rewards 上的 ${f.s(p.publisherName, '某個發行者')}`,
      body: (p, f) => [
        `${f.s(p.inviterName, '有人')}將此電子郵件地址加入 Marketplace Rewards 上的 ${f.s(p.publisherName, '某個發行者')}。此地址已有帳戶，而一個地址只能登入一個帳戶，因此沒有任何變更。`,
        `若要加入 ${f.s(p.publisherName, '該發行者')}，請 ${f.s(p.inviterName, '邀請您的人')} 改為邀請您的另一個地址。若您並未預期此事，請忽略此訊息：您的帳戶維持原狀。`,
      ],
    },
    'webhook-disabled': {
      subject: () => 'Webhook 訂閱已停用',
      body: (p, f) => [
        p.reason === 'gone'
          ? `傳送至 ${f.s(p.url)} 的 Webhook 訂閱已停用：接收端回覆不再接收（410 Gone）。`
          : `傳送至 ${f.s(p.url)} 的 Webhook 訂閱已停用：連續 ${f.s(p.failures)} 次傳送失敗。`,
        `之後不會再傳送給它。請修正接收端，重新啟用訂閱，並重新傳送遺漏的事件：${f.link(p.page)}`,
      ],
    },
  },
};
