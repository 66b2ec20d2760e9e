// French mail (fr, any region), addressing the reader as vous.
import { S12_RESOURCES, type MessageCatalog } from './catalog.ts';

export const fr: MessageCatalog = {
  greeting: 'Bonjour,',
  signature: 'L’équipe Marketplace Rewards',
  causes: {
    'illegal-activity': 'activité illégale',
    delisting: 'retrait de l’offre',
    'ip-violation': 'violation de propriété intellectuelle',
    'sponsorship-misuse': 'utilisation abusive du parrainage',
    other: 'un autre motif',
  },
  channels: {
    email: 'par e-mail',
    phone: 'par téléphone',
    meeting: 'lors d’une réunion',
    other: 'par un autre moyen',
  },
  about: (p, f) =>
    p.thread === 'dispute'
      ? p.lineId
        ? `contestation de la ligne de facturation ${f.s(p.lineId)}`
        : 'contestation du montant de palier'
      : p.thread === 'technical-request'
        ? `demande d’assistance technique pour ${f.s(p.title)}`
        : `ticket de support « ${f.s(p.title)} »`,
  templates: {
    'activation-received': {
      subject: (p, f) => `Nous avons bien reçu votre activation : ${f.benefit(p)}`,
      body: (p, f) => [
        `Merci d’avoir activé « ${f.benefit(p)} ».`,
        `Un membre de l’équipe Rewards vous contactera d’ici le ${f.date(p.contactDueAt)}.`,
      ],
    },
    'contact-logged': {
      subject: (p, f) => `L’équipe Rewards vous a contacté au sujet de « ${f.s(p.about)} »`,
      body: (p, f) => [
        `Un membre de l’équipe Rewards vous a contacté ${f.channel(p.channel)} au sujet de « ${f.s(p.about)} ».`,
        'Pour toute question, répondez-lui directement.',
      ],
    },
    'benefit-unlocked': {
      subject: (p, f) => `Nouvel avantage débloqué : ${f.benefit(p)}`,
      body: (p, f) => [
        `« ${f.benefit(p)} » est désormais à votre disposition.`,
        'Activez-le dans la page Marketplace Rewards, onglet Avantages ventes et marketing.',
      ],
    },
    'sponsorship-unlocked': {
      subject: (p, f) => `Votre parrainage est prêt : ${f.benefit(p)}`,
      body: (p, f) => [
        `Vous avez débloqué « ${f.benefit(p)} »${p.amountUsdCents ? `, d’une valeur de ${f.usd(p.amountUsdCents)}` : ''}.`,
        'Pour l’utiliser : activez l’avantage dans la page Marketplace Rewards ; l’équipe Rewards envoie ensuite l’offre de parrainage à votre contact marketing, qui l’utilise dans le portail Azure.',
        p.waitsForName
          ? `Vous pourrez l’activer dès que votre « ${f.s(p.waitsForName)} » sera épuisé (il reste ${f.usd(p.waitsForRemainingUsdCents)}), ou après son expiration le ${f.date(p.waitsForExpiresOn)} : un nouveau parrainage n’est émis que lorsque le précédent est épuisé ou expiré.`
          : 'Un nouveau parrainage n’est émis que lorsque le précédent est épuisé ou expiré.',
      ],
    },
    'offer-live': {
      subject: (p, f) => `« ${f.s(p.offerName)} » est en ligne : bienvenue dans Marketplace Rewards`,
      body: (p, f) => [
        `Votre offre « ${f.s(p.offerName)} » est en ligne sur la place de marché.`,
        `Un membre de l’équipe Rewards vous contactera d’ici le ${f.date(p.welcomeBy)} au sujet des avantages auxquels elle donne droit.`,
        'Prochaines étapes : désignez un contact marketing et consultez vos avantages dans la page Marketplace Rewards.',
      ],
    },
    'self-serve-resources': {
      subject: (p, f) => `Ressources pour promouvoir « ${f.s(p.offerName)} »`,
      body: (p, f) => [
        `Chaque offre publiée reçoit des recommandations d’optimisation et des ressources de promotion. Pour « ${f.s(p.offerName)} » :`,
        ...S12_RESOURCES.map((url) => `- ${url}`),
      ],
    },
    'clock-warning': {
      subject: (p, f) => `Échéance le ${f.date(p.dueAt)} : ${f.s(p.taskSubject)} (${f.s(p.companyName)})`,
      body: (p, f) => [
        `L’engagement envers ${f.s(p.companyName)} arrive à échéance le ${f.date(p.dueAt)} : ${f.s(p.taskSubject)}.`,
        'Enregistrez le contact dans la console une fois qu’il a eu lieu.',
      ],
    },
    'clock-escalation': {
      subject: (p, f) => `En retard : ${f.s(p.taskSubject)} (${f.s(p.companyName)})`,
      body: (p, f) => [
        `L’engagement envers ${f.s(p.companyName)} est arrivé à échéance le ${f.date(p.dueAt)} sans qu’aucun contact soit enregistré : ${f.s(p.taskSubject)}.`,
        `Attribué à : ${f.s(p.assigneeName, 'personne')}.`,
      ],
    },
    'welcome-lapsed': {
      subject: (p, f) => `Personne ne vous a encore contacté au sujet de « ${f.s(p.offerName)} »`,
      body: (p, f) => [
        `« ${f.s(p.offerName)} » est en ligne depuis le ${f.date(p.liveAt)} et l’équipe Rewards ne vous a pas encore contacté. Nous en sommes désolés ; l’équipe a été prévenue.`,
        'Vous êtes responsable de cette offre dans votre organisation. Si vous souhaitez nous joindre en premier, ouvrez un ticket de support dans la page Marketplace Rewards.',
      ],
    },
    'benefit-expiring': {
      subject: (p, f) => `« ${f.benefit(p)} » expire le ${f.date(p.expiresAt)}`,
      body: (p, f) => [
        `« ${f.benefit(p)} » est un avantage ponctuel : il expire le ${f.date(p.expiresAt)}.`,
        'Activez-le avant cette date dans la page Marketplace Rewards.',
      ],
    },
    'benefit-revoked': {
      subject: (p, f) => `« ${f.benefit(p)} » a été révoqué`,
      body: (p, f) => [
        `« ${f.benefit(p)} » a été révoqué pour ${f.cause(p.cause)}${p.note ? ` : ${f.s(p.note)}` : ''}.`,
        'Ses activations en cours sont annulées. Si vous pensez qu’il s’agit d’une erreur, répondez à ce message ou ouvrez un ticket de support.',
      ],
    },
    'benefit-reinstated': {
      subject: (p, f) => `« ${f.benefit(p)} » vous est de nouveau accordé`,
      body: (p, f) => [
        `« ${f.benefit(p)} », révoqué précédemment, est rétabli${p.note ? ` : ${f.s(p.note)}` : ''}.`,
        'Vous pouvez l’activer de nouveau dans la page Marketplace Rewards.',
      ],
    },
    'sponsorship-expiring': {
      subject: (p, f) =>
        `${f.usd(p.remainingUsdCents)} de votre « ${f.benefit(p)} » expirent le ${f.date(p.expiresAt)}`,
      body: (p, f) => [
        `Sur les ${f.usd(p.amountUsdCents)} de votre « ${f.benefit(p)} », ${f.usd(p.remainingUsdCents)} ne sont pas encore dépensés : le parrainage expire le ${f.date(p.expiresAt)}.`,
        'Dépensez-les avant cette date, ou indiquez à l’équipe Rewards que vous ne le ferez pas : le parrainage suivant n’est émis qu’une fois celui-ci épuisé ou expiré.',
      ],
    },
    'benefit-refreshed': {
      subject: (p, f) => `« ${f.benefit(p)} » est de nouveau disponible pour un an`,
      body: (p, f) => [
        `Une nouvelle année de « ${f.benefit(p)} » a commencé le ${f.date(p.periodStart)}, date anniversaire de son déblocage.`,
        'Vous pouvez l’activer de nouveau dans la page Marketplace Rewards.',
      ],
    },
    'work-rerouted': {
      subject: (p, f) => `Vous recevez désormais ce qui était destiné à ${f.s(p.fromName)}`,
      body: (p, f) => [
        `Le compte de ${f.s(p.fromName)} a été désactivé. Ce dont cette personne était responsable vous revient désormais : ${f.s(p.what)}.`,
      ],
    },
    invitation: {
      subject: (p, f) =>
        p.publisherName
          ? `Invitation à rejoindre ${f.s(p.publisherName)} sur Marketplace Rewards`
          : "Invitation à rejoindre l'équipe Marketplace Rewards",
      body: (p, f) => [
        `${f.s(p.inviterName, "L'équipe Marketplace Rewards")} vous invite ${
          p.publisherName
            ? `à rejoindre ${f.s(p.publisherName)} sur Marketplace Rewards`
            : p.role === 'program-admin'
              ? 'à gérer le programme Marketplace Rewards en tant qu’administrateur du programme'
              : 'à rejoindre l’équipe Marketplace Rewards'
        }.`,
        `Ouvrez ce lien pour choisir votre mot de passe et vous connecter : ${f.link(p.url)}`,
        `Le lien ne sert qu’une fois et expire le ${f.date(p.expiresAt)}. S’il a expiré, demandez-en un nouveau.`,
      ],
    },
    'conversation-reply': {
      subject: (p, f) => `Nouvelle réponse : ${f.about(p)}`,
      body: (p, f) => [
        `${f.s(p.authorName)} a écrit (${f.s(p.companyName)}, ${f.about(p)}) :`,
        f.s(p.body),
        `Lire la conversation et répondre : ${f.link(p.url)}`,
      ],
    },
    'conversation-resolved': {
      subject: (p, f) => `Résolu : ${f.about(p)}`,
      body: (p, f) => [
        `${f.s(p.authorName)}, de l’équipe Rewards, a marqué comme résolu : ${f.about(p)}.`,
        ...(p.body ? [f.s(p.body)] : []),
        `S’il reste une question, répondez dans la conversation : elle sera rouverte. ${f.link(p.url)}`,
      ],
    },
    'dispute-decided': {
      subject: (p, f) =>
        p.outcome === 'upheld'
          ? `Votre contestation est acceptée : ${f.about(p)}`
          : `Décision : ${f.about(p)}`,
      body: (p, f) => [
        p.outcome === 'upheld'
          ? `L’équipe Rewards a examiné votre ${f.about(p)} et vous donne raison.`
          : `L’équipe Rewards a examiné votre ${f.about(p)} : le montant est maintenu.`,
        ...(typeof p.correctionUsdCents === 'number'
          ? [
              `Une correction de ${f.usd(p.correctionUsdCents)} a été ajoutée à vos ventes facturées ; votre montant de palier l’inclut.`,
            ]
          : []),
        f.s(p.body),
        `Lire la décision, et répondre si vous n’êtes pas d’accord : ${f.link(p.url)}`,
      ],
    },
    'new-sign-in': {
      subject: () => 'Nouvelle connexion à votre compte Marketplace Rewards',
      body: (p, f) => [
        `Quelqu’un s’est connecté à votre compte le ${f.date(p.at)} depuis un navigateur que vous n’aviez jamais utilisé (adresse ${f.s(p.ip)} ; ${f.s(p.browser, 'navigateur inconnu')}).`,
        `Si c’était vous, vous n’avez rien à faire. Sinon, changez votre mot de passe et fermez cette session sur la page de votre compte : ${f.link(p.url)}`,
      ],
    },
    'invitation-existing-account': {
      subject: (p, f) =>
        `Quelqu’un a voulu ajouter cette adresse à ${f.s(p.publisherName, 'un éditeur')} sur Marketplace Rewards`,
      body: (p, f) => [
        `${f.s(p.inviterName, 'Quelqu’un')} a ajouté cette adresse e-mail à ${f.s(p.publisherName, 'un éditeur')} sur Marketplace Rewards. Cette adresse a déjà un compte, et une adresse ne permet de se connecter qu’à un seul compte : rien n’a donc été modifié.`,
        `Pour rejoindre ${f.s(p.publisherName, 'cet éditeur')}, demandez à ${f.s(p.inviterName, 'la personne qui vous a invité')} d’inviter une autre de vos adresses. Si vous ne vous y attendiez pas, ignorez ce message : votre compte est resté tel quel.`,
      ],
    },
    'webhook-disabled': {
      subject: () => 'Un abonnement webhook a été désactivé',
      body: (p, f) => [
        p.reason === 'gone'
          ? `L’abonnement webhook vers ${f.s(p.url)} a été désactivé : le destinataire a répondu qu’il n’en voulait plus (410 Gone).`
          : `L’abonnement webhook vers ${f.s(p.url)} a été désactivé après ${f.s(p.failures)} livraisons échouées d’affilée.`,
        `Plus rien ne lui est envoyé. Corrigez le destinataire, réactivez l’abonnement et relivrez ce qu’il a manqué : ${f.link(p.page)}`,
      ],
    },
  },
};
