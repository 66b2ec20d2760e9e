// Brazilian Portuguese mail (pt, any region), addressing the reader as você.
import { S12_RESOURCES, type MessageCatalog } from './catalog.ts';

export const ptBR: MessageCatalog = {
  greeting: 'Olá,',
  signature: 'Equipe Marketplace Rewards',
  causes: {
    'illegal-activity': 'atividade ilegal',
    delisting: 'remoção da oferta',
    'ip-violation': 'violação de propriedade intelectual',
    'sponsorship-misuse': 'uso indevido do patrocínio',
    other: 'outro motivo',
  },
  channels: {
    email: 'por e-mail',
    phone: 'por telefone',
    meeting: 'em uma reunião',
    other: 'por outro meio',
  },
  about: (p, f) =>
    p.thread === 'dispute'
      ? p.lineId
        ? `contestação da linha de faturamento ${f.s(p.lineId)}`
        : 'contestação do valor do nível'
      : p.thread === 'technical-request'
        ? `solicitação de assistência técnica para ${f.s(p.title)}`
        : `chamado de suporte “${f.s(p.title)}”`,
  templates: {
    'activation-received': {
      subject: (p, f) => `Recebemos sua ativação: ${f.benefit(p)}`,
      body: (p, f) => [
        `Obrigado por ativar “${f.benefit(p)}”.`,
        `Um membro da equipe do Rewards entrará em contato com você até ${f.date(p.contactDueAt)}.`,
      ],
    },
    'contact-logged': {
      subject: (p, f) => `A equipe do Rewards entrou em contato com você sobre “${f.s(p.about)}”`,
      body: (p, f) => [
        `Um membro da equipe do Rewards entrou em contato com você ${f.channel(p.channel)} sobre “${f.s(p.about)}”.`,
        'Se tiver alguma dúvida, responda diretamente a essa pessoa.',
      ],
    },
    'benefit-unlocked': {
      subject: (p, f) => `Novo benefício desbloqueado: ${f.benefit(p)}`,
      body: (p, f) => [
        `“${f.benefit(p)}” já está disponível para você.`,
        'Ative-o na página Marketplace Rewards, guia Benefícios de vendas e marketing.',
      ],
    },
    'sponsorship-unlocked': {
      subject: (p, f) => `Seu patrocínio está pronto: ${f.benefit(p)}`,
      body: (p, f) => [
        `Você desbloqueou “${f.benefit(p)}”${p.amountUsdCents ? `, no valor de ${f.usd(p.amountUsdCents)}` : ''}.`,
        'Como usar: ative o benefício na página Marketplace Rewards; em seguida, a equipe do Rewards envia a oferta de patrocínio ao seu contato de marketing, que a resgata no portal do Azure.',
        p.waitsForName
          ? `Ele poderá ser ativado quando seu “${f.s(p.waitsForName)}” for totalmente usado (restam ${f.usd(p.waitsForRemainingUsdCents)}) ou depois que ele expirar, em ${f.date(p.waitsForExpiresOn)}: um novo patrocínio só é emitido quando o anterior foi usado ou expirou.`
          : 'Um novo patrocínio só é emitido quando o anterior foi usado ou expirou.',
      ],
    },
    'offer-live': {
      subject: (p, f) => `“${f.s(p.offerName)}” está no ar: boas-vindas ao Marketplace Rewards`,
      body: (p, f) => [
        `Sua oferta “${f.s(p.offerName)}” está publicada no marketplace.`,
        `Um membro da equipe do Rewards entrará em contato com você até ${f.date(p.welcomeBy)} para falar dos benefícios aos quais ela dá direito.`,
        'Próximas etapas: designe um contato de marketing e veja seus benefícios na página Marketplace Rewards.',
      ],
    },
    'self-serve-resources': {
      subject: (p, f) => `Recursos para divulgar “${f.s(p.offerName)}”`,
      body: (p, f) => [
        `Toda oferta publicada recebe recomendações de otimização e recursos de divulgação. Para “${f.s(p.offerName)}”:`,
        ...S12_RESOURCES.map((url) => `- ${url}`),
      ],
    },
    'clock-warning': {
      subject: (p, f) => `Vence em ${f.date(p.dueAt)}: ${f.s(p.taskSubject)} (${f.s(p.companyName)})`,
      body: (p, f) => [
        `O compromisso com ${f.s(p.companyName)} vence em ${f.date(p.dueAt)}: ${f.s(p.taskSubject)}.`,
        'Registre o contato no console assim que ele for feito.',
      ],
    },
    'clock-escalation': {
      subject: (p, f) => `Atrasado: ${f.s(p.taskSubject)} (${f.s(p.companyName)})`,
      body: (p, f) => [
        `O compromisso com ${f.s(p.companyName)} venceu em ${f.date(p.dueAt)} sem nenhum contato registrado: ${f.s(p.taskSubject)}.`,
        `Atribuído a: ${f.s(p.assigneeName, 'ninguém')}.`,
      ],
    },
    'welcome-lapsed': {
      subject: (p, f) => `Ninguém entrou em contato com você ainda sobre “${f.s(p.offerName)}”`,
      body: (p, f) => [
        `“${f.s(p.offerName)}” está no ar desde ${f.date(p.liveAt)} e a equipe do Rewards ainda não entrou em contato com você. Pedimos desculpas; a equipe já foi avisada.`,
        'Esta oferta está sob sua responsabilidade na sua organização. Se quiser falar conosco primeiro, abra um tíquete de suporte na página Marketplace Rewards.',
      ],
    },
    'benefit-expiring': {
      subject: (p, f) => `“${f.benefit(p)}” expira em ${f.date(p.expiresAt)}`,
      body: (p, f) => [
        `“${f.benefit(p)}” é um benefício único: ele expira em ${f.date(p.expiresAt)}.`,
        'Ative-o antes dessa data na página Marketplace Rewards.',
      ],
    },
    'benefit-revoked': {
      subject: (p, f) => `“${f.benefit(p)}” foi revogado`,
      body: (p, f) => [
        `“${f.benefit(p)}” foi revogado por ${f.cause(p.cause)}${p.note ? `: ${f.s(p.note)}` : ''}.`,
        'As ativações em aberto foram canceladas. Se você acha que isso é um erro, responda a esta mensagem ou abra um tíquete de suporte.',
      ],
    },
    'benefit-reinstated': {
      subject: (p, f) => `“${f.benefit(p)}” está disponível para você de novo`,
      body: (p, f) => [
        `“${f.benefit(p)}”, revogado anteriormente, foi restabelecido${p.note ? `: ${f.s(p.note)}` : ''}.`,
        'Você pode ativá-lo novamente na página Marketplace Rewards.',
      ],
    },
    'sponsorship-expiring': {
      subject: (p, f) =>
        `${f.usd(p.remainingUsdCents)} do seu “${f.benefit(p)}” expiram em ${f.date(p.expiresAt)}`,
      body: (p, f) => [
        `${f.usd(p.remainingUsdCents)} dos ${f.usd(p.amountUsdCents)} do seu “${f.benefit(p)}” ainda não foram usados: o patrocínio expira em ${f.date(p.expiresAt)}.`,
        'Use esse valor antes dessa data ou avise a equipe do Rewards que não vai usá-lo: o próximo patrocínio é emitido quando este for usado ou expirar.',
      ],
    },
    'benefit-refreshed': {
      subject: (p, f) => `“${f.benefit(p)}” está disponível novamente por um ano`,
      body: (p, f) => [
        `Um novo ano de “${f.benefit(p)}” começou em ${f.date(p.periodStart)}, aniversário do desbloqueio.`,
        'Você pode ativá-lo novamente na página Marketplace Rewards.',
      ],
    },
    'work-rerouted': {
      subject: (p, f) => `Agora você recebe o que ia para ${f.s(p.fromName)}`,
      body: (p, f) => [
        `A conta de ${f.s(p.fromName)} foi desativada. O que era responsabilidade de ${f.s(p.fromName)} agora vem para você: ${f.s(p.what)}.`,
      ],
    },
    invitation: {
      subject: (p, f) =>
        p.publisherName
          ? `Convite para ${f.s(p.publisherName)} no Marketplace Rewards`
          : 'Convite para a equipe do Marketplace Rewards',
      body: (p, f) => [
        `${f.s(p.inviterName, 'A equipe do Marketplace Rewards')} convidou você ${
          p.publisherName
            ? `para participar de ${f.s(p.publisherName)} no Marketplace Rewards`
            : p.role === 'program-admin'
              ? 'para administrar o programa Marketplace Rewards como administrador do programa'
              : 'para participar da equipe do Marketplace Rewards'
        }.`,
        `Abra este link para escolher sua senha e entrar: ${f.link(p.url)}`,
        `O link funciona uma vez e expira em ${f.date(p.expiresAt)}. Se tiver expirado, peça um novo.`,
      ],
    },
    'conversation-reply': {
      subject: (p, f) => `Nova resposta: ${f.about(p)}`,
      body: (p, f) => [
        `${f.s(p.authorName)} escreveu (${f.s(p.companyName)}, ${f.about(p)}):`,
        f.s(p.body),
        `Leia a conversa e responda: ${f.link(p.url)}`,
      ],
    },
    'conversation-resolved': {
      subject: (p, f) => `Resolvido: ${f.about(p)}`,
      body: (p, f) => [
        `${f.s(p.authorName)}, da equipe do Rewards, marcou como resolvido: ${f.about(p)}.`,
        ...(p.body ? [f.s(p.body)] : []),
        `Se algo ainda estiver pendente, responda na conversa e ela será reaberta: ${f.link(p.url)}`,
      ],
    },
    'dispute-decided': {
      subject: (p, f) =>
        p.outcome === 'upheld'
          ? `Sua contestação foi aceita: ${f.about(p)}`
          : `Decisão sobre sua ${f.about(p)}`,
      body: (p, f) => [
        p.outcome === 'upheld'
          ? `A equipe do Rewards analisou sua ${f.about(p)} e concorda com você.`
          : `A equipe do Rewards analisou sua ${f.about(p)}: o valor foi mantido.`,
        ...(typeof p.correctionUsdCents === 'number'
          ? [
              `Uma correção de ${f.usd(p.correctionUsdCents)} foi adicionada às suas vendas faturadas; o valor do seu nível já a inclui.`,
            ]
          : []),
        f.s(p.body),
        `Leia a decisão e responda se não concordar: ${f.link(p.url)}`,
      ],
    },
    'new-sign-in': {
      subject: () => 'Novo acesso à sua conta do Marketplace Rewards',
      body: (p, f) => [
        `Alguém entrou na sua conta em ${f.date(p.at)} a partir de um navegador que você não tinha usado antes (endereço ${f.s(p.ip)}; ${f.s(p.browser, 'navegador desconhecido')}).`,
        `Se foi você, não é preciso fazer nada. Caso contrário, altere sua senha e encerre essa sessão na página da sua conta: ${f.link(p.url)}`,
      ],
    },
    'invitation-existing-account': {
      subject: (p, f) =>
        `Alguém tentou adicionar este endereço a ${f.s(p.publisherName, 'um editor')} no Marketplace Rewards`,
      body: (p, f) => [
        `${f.s(p.inviterName, 'Alguém')} adicionou este endereço de e-mail a ${f.s(p.publisherName, 'um editor')} no Marketplace Rewards. Este endereço já tem uma conta, e um endereço entra em apenas uma conta, então nada foi alterado.`,
        `Para participar de ${f.s(p.publisherName, 'esse editor')}, peça a ${f.s(p.inviterName, 'quem convidou você')} que convide outro endereço seu. Se você não esperava isso, ignore esta mensagem: sua conta continua como estava.`,
      ],
    },
    'webhook-disabled': {
      subject: () => 'Uma assinatura de webhook foi desativada',
      body: (p, f) => [
        p.reason === 'gone'
          ? `A assinatura de webhook para ${f.s(p.url)} foi desativada: o receptor respondeu que não quer mais recebê-los (410 Gone).`
          : `A assinatura de webhook para ${f.s(p.url)} foi desativada após ${f.s(p.failures)} entregas com falha seguidas.`,
        `Nada mais será enviado a ela. Corrija o receptor, reative a assinatura e reenvie o que ficou faltando: ${f.link(p.page)}`,
      ],
    },
  },
};
