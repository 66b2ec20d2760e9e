// Korean mail (ko, any region). Names are quoted and followed by a noun, so no particle depends on their last sound.
import { S12_RESOURCES, type MessageCatalog } from './catalog.ts';

export const ko: MessageCatalog = {
  greeting: '안녕하세요.',
  signature: 'Marketplace Rewards 팀 드림',
  causes: {
    'illegal-activity': '불법 활동',
    delisting: '게시 중단',
    'ip-violation': '지적 재산권 침해',
    'sponsorship-misuse': '스폰서십 오용',
    other: '기타 사유',
  },
  channels: { email: '이메일', phone: '전화', meeting: '회의', other: '기타 방법' },
  about: (p, f) =>
    p.thread === 'dispute'
      ? p.lineId
        ? `청구 내역 ${f.s(p.lineId)}에 대한 이의 제기`
        : '등급 금액에 대한 이의 제기'
      : p.thread === 'technical-request'
        ? `${f.s(p.title)} 기술 지원 요청`
        : `지원 티켓 “${f.s(p.title)}”`,
  templates: {
    'activation-received': {
      subject: (p, f) => `활성화 신청이 접수되었습니다: ${f.benefit(p)}`,
      body: (p, f) => [
        `'${f.benefit(p)}' 혜택을 활성화해 주셔서 감사합니다.`,
        `${f.date(p.contactDueAt)}까지 리워드 팀 담당자가 연락드리겠습니다.`,
      ],
    },
    'contact-logged': {
      subject: (p, f) => `리워드 팀에서 '${f.s(p.about)}' 건으로 연락드렸습니다`,
      body: (p, f) => [
        `리워드 팀 담당자가 '${f.s(p.about)}' 건으로 연락드렸습니다(${f.channel(p.channel)}).`,
        '궁금한 점이 있으면 담당자에게 직접 회신해 주세요.',
      ],
    },
    'benefit-unlocked': {
      subject: (p, f) => `새 혜택 잠금 해제: ${f.benefit(p)}`,
      body: (p, f) => [
        `이제 '${f.benefit(p)}' 혜택을 이용할 수 있습니다.`,
        'Marketplace Rewards 페이지의 [영업 및 마케팅 혜택] 탭에서 활성화하세요.',
      ],
    },
    'sponsorship-unlocked': {
      subject: (p, f) => `스폰서십이 준비되었습니다: ${f.benefit(p)}`,
      body: (p, f) => [
        `'${f.benefit(p)}' 혜택의 잠금이 해제되었습니다${p.amountUsdCents ? `(${f.usd(p.amountUsdCents)} 상당)` : ''}.`,
        '사용 방법: Marketplace Rewards 페이지에서 이 혜택을 활성화하세요. 그러면 리워드 팀이 마케팅 담당자에게 스폰서십 제안을 보내 드리며, Azure Portal에서 사용할 수 있습니다.',
        p.waitsForName
          ? `현재 '${f.s(p.waitsForName)}' 혜택을 모두 사용하거나(잔액 ${f.usd(p.waitsForRemainingUsdCents)}) ${f.date(p.waitsForExpiresOn)}에 만료된 후에 활성화할 수 있습니다. 새 스폰서십은 이전 스폰서십을 모두 사용했거나 만료된 경우에만 발급됩니다.`
          : '새 스폰서십은 이전 스폰서십을 모두 사용했거나 만료된 경우에만 발급됩니다.',
      ],
    },
    'offer-live': {
      subject: (p, f) =>
        `'${f.s(p.offerName)}' 제품이 게시되었습니다: Marketplace Rewards에 오신 것을 환영합니다`,
      body: (p, f) => [
        `'${f.s(p.offerName)}' 제품이 마켓플레이스에 게시되었습니다.`,
        `${f.date(p.welcomeBy)}까지 리워드 팀 담당자가 이 제품으로 받을 수 있는 혜택에 대해 연락드리겠습니다.`,
        '다음 단계: 마케팅 담당자를 지정하고 Marketplace Rewards 페이지에서 혜택을 확인하세요.',
      ],
    },
    'self-serve-resources': {
      subject: (p, f) => `'${f.s(p.offerName)}' 제품 홍보에 도움이 되는 자료`,
      body: (p, f) => [
        `모든 등록 정보에 최적화 권장 사항과 홍보 자료가 제공됩니다. '${f.s(p.offerName)}' 제품을 위한 자료:`,
        ...S12_RESOURCES.map((url) => `- ${url}`),
      ],
    },
    'clock-warning': {
      subject: (p, f) => `${f.date(p.dueAt)} 기한: ${f.s(p.taskSubject)}(${f.s(p.companyName)})`,
      body: (p, f) => [
        `${f.s(p.companyName)}에 대한 약속 기한은 ${f.date(p.dueAt)}입니다: ${f.s(p.taskSubject)}.`,
        '연락한 후에는 콘솔에 기록하세요.',
      ],
    },
    'clock-escalation': {
      subject: (p, f) => `기한 초과: ${f.s(p.taskSubject)}(${f.s(p.companyName)})`,
      body: (p, f) => [
        `${f.s(p.companyName)}에 대한 약속 기한이 ${f.date(p.dueAt)}에 지났지만 연락 기록이 없습니다: ${f.s(p.taskSubject)}.`,
        `담당자: ${f.s(p.assigneeName, '없음')}.`,
      ],
    },
    'welcome-lapsed': {
      subject: (p, f) => `'${f.s(p.offerName)}' 제품에 대해 아직 연락드리지 못했습니다`,
      body: (p, f) => [
        `'${f.s(p.offerName)}' 제품은 ${f.date(p.liveAt)}부터 게시되었지만 리워드 팀에서 아직 연락드리지 못했습니다. 죄송합니다. 팀에 이 사실을 전달했습니다.`,
        '귀하는 조직에서 이 제품의 소유자입니다. 먼저 문의하시려면 Marketplace Rewards 페이지에서 지원 티켓을 여세요.',
      ],
    },
    'benefit-expiring': {
      subject: (p, f) => `'${f.benefit(p)}' 혜택이 ${f.date(p.expiresAt)}에 만료됩니다`,
      body: (p, f) => [
        `'${f.benefit(p)}' 혜택은 일회성 혜택으로, ${f.date(p.expiresAt)}에 만료됩니다.`,
        '만료되기 전에 Marketplace Rewards 페이지에서 활성화하세요.',
      ],
    },
    'benefit-revoked': {
      subject: (p, f) => `'${f.benefit(p)}' 혜택이 취소되었습니다`,
      body: (p, f) => [
        `'${f.benefit(p)}' 혜택이 취소되었습니다(사유: ${f.cause(p.cause)}${p.note ? `, ${f.s(p.note)}` : ''}).`,
        '진행 중인 활성화는 취소되었습니다. 착오라고 생각되면 이 메일에 회신하거나 지원 티켓을 여세요.',
      ],
    },
    'benefit-reinstated': {
      subject: (p, f) => `'${f.benefit(p)}' 혜택을 다시 이용할 수 있습니다`,
      body: (p, f) => [
        `이전에 취소된 '${f.benefit(p)}' 혜택이 복원되었습니다${p.note ? `: ${f.s(p.note)}` : ''}.`,
        'Marketplace Rewards 페이지에서 다시 활성화할 수 있습니다.',
      ],
    },
    'sponsorship-expiring': {
      subject: (p, f) =>
        `${f.date(p.expiresAt)} 만료 예정: '${f.benefit(p)}' 잔액 ${f.usd(p.remainingUsdCents)}`,
      body: (p, f) => [
        `'${f.benefit(p)}' 혜택(${f.usd(p.amountUsdCents)}) 중 아직 사용하지 않은 금액은 ${f.usd(p.remainingUsdCents)}입니다. 이 스폰서십은 ${f.date(p.expiresAt)}에 만료됩니다.`,
        '만료 전에 사용하시거나, 사용하지 않을 경우 리워드 팀에 알려 주세요. 다음 스폰서십은 이번 스폰서십을 모두 사용했거나 만료된 후에 발급됩니다.',
      ],
    },
    'benefit-refreshed': {
      subject: (p, f) => `'${f.benefit(p)}' 혜택을 올해 다시 이용할 수 있습니다`,
      body: (p, f) => [
        `잠금 해제 기념일인 ${f.date(p.periodStart)}에 '${f.benefit(p)}' 혜택의 새로운 1년이 시작되었습니다.`,
        'Marketplace Rewards 페이지에서 다시 활성화할 수 있습니다.',
      ],
    },
    'work-rerouted': {
      subject: (p, f) => `이제 ${f.s(p.fromName)} 님 대신 알림을 받습니다`,
      body: (p, f) => [
        `${f.s(p.fromName)} 님의 계정이 비활성화되었습니다. ${f.s(p.fromName)} 님이 담당하던 항목은 이제 회원님께 전달됩니다: ${f.s(p.what)}.`,
      ],
    },
    invitation: {
      subject: (p, f) =>
        p.publisherName
          ? `Marketplace Rewards의 ${f.s(p.publisherName)}에 초대되었습니다`
          : 'Marketplace Rewards 팀에 초대되었습니다',
      body: (p, f) => [
        `${f.s(p.inviterName, 'Marketplace Rewards 팀')}님이 ${
          p.publisherName
            ? `Marketplace Rewards의 ${f.s(p.publisherName)}에 참여하도록`
            : p.role === 'program-admin'
              ? '프로그램 관리자로 Marketplace Rewards 프로그램을 운영하도록'
              : 'Marketplace Rewards 팀에 참여하도록'
        } 초대했습니다.`,
        `이 링크를 열어 암호를 정하고 로그인하세요: ${f.link(p.url)}`,
        `이 링크는 한 번만 사용할 수 있으며 ${f.date(p.expiresAt)}에 만료됩니다. 만료되었다면 새 링크를 요청하세요.`,
      ],
    },
    'conversation-reply': {
      subject: (p, f) => `${f.about(p)}에 새 답변이 있습니다`,
      body: (p, f) => [
        `${f.s(p.authorName)} 님이 ${f.about(p)}(${f.s(p.companyName)})에 글을 남겼습니다:`,
        f.s(p.body),
        `대화를 읽고 답변하기: ${f.link(p.url)}`,
      ],
    },
    'conversation-resolved': {
      subject: (p, f) => `해결됨: ${f.about(p)}`,
      body: (p, f) => [
        `리워드 팀의 ${f.s(p.authorName)} 님이 ${f.about(p)}을(를) 해결됨으로 표시했습니다.`,
        ...(p.body ? [f.s(p.body)] : []),
        `아직 해결되지 않은 점이 있으면 대화에 답변해 주세요. 대화가 다시 열립니다: ${f.link(p.url)}`,
      ],
    },
    'dispute-decided': {
      subject: (p, f) =>
        p.outcome === 'upheld' ? `이의 제기가 받아들여졌습니다: ${f.about(p)}` : `${f.about(p)}에 대한 결정`,
      body: (p, f) => [
        p.outcome === 'upheld'
          ? `리워드 팀이 ${f.about(p)}을(를) 검토했으며 귀하의 의견에 동의합니다.`
          : `리워드 팀이 ${f.about(p)}을(를) 검토했습니다. 금액은 그대로 유지됩니다.`,
        ...(typeof p.correctionUsdCents === 'number'
          ? [`${f.usd(p.correctionUsdCents)}의 정정이 청구 매출에 추가되었으며 등급 금액에 반영되었습니다.`]
          : []),
        f.s(p.body),
        `결정을 읽고, 동의하지 않으면 답변해 주세요: ${f.link(p.url)}`,
      ],
    },
    'new-sign-in': {
      subject: () => 'Marketplace Rewards 계정에 새 로그인이 있습니다',
      body: (p, f) => [
        `${f.date(p.at)}에 이전에 사용한 적 없는 브라우저에서 계정에 로그인했습니다(주소 ${f.s(p.ip)}, ${f.s(p.browser, '알 수 없는 브라우저')}).`,
        `본인이라면 아무것도 하지 않아도 됩니다. 본인이 아니라면 계정 페이지에서 암호를 변경하고 해당 세션을 종료하세요. ${f.link(p.url)}`,
      ],
    },
    'invitation-existing-account': {
      subject: (p, f) =>
        `누군가 이 주소를 Marketplace Rewards의 ${f.s(p.publisherName, '게시자')}에 추가하려고 했습니다`,
      body: (p, f) => [
        `${f.s(p.inviterName, '누군가')} 님이 이 이메일 주소를 Marketplace Rewards의 ${f.s(p.publisherName, '게시자')}에 추가했습니다. 이 주소에는 이미 계정이 있으며 한 주소로는 한 계정에만 로그인할 수 있으므로 아무것도 변경되지 않았습니다.`,
        `${f.s(p.publisherName, '해당 게시자')}에 참여하려면 ${f.s(p.inviterName, '초대한 사람')} 님에게 다른 주소를 초대해 달라고 요청하세요. 예상하지 못한 일이라면 이 메시지를 무시하세요. 계정은 그대로입니다.`,
      ],
    },
    'webhook-disabled': {
      subject: () => '웹훅 구독이 비활성화되었습니다',
      body: (p, f) => [
        p.reason === 'gone'
          ? `${f.s(p.url)}(으)로 보내는 웹훅 구독이 비활성화되었습니다. 수신 측이 더 이상 받지 않겠다고 응답했습니다(410 Gone).`
          : `${f.s(p.url)}(으)로 보내는 웹훅 구독이 비활성화되었습니다. 전송이 ${f.s(p.failures)}회 연속 실패했습니다.`,
        `앞으로는 전송되지 않습니다. 수신 측을 고친 뒤 구독을 다시 활성화하고 놓친 이벤트를 다시 전송하세요: ${f.link(p.page)}`,
      ],
    },
  },
};
