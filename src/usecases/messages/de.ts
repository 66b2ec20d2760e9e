// German mail (de, any region), addressing the reader as Sie.
import { S12_RESOURCES, type MessageCatalog } from './catalog.ts';

export const de: MessageCatalog = {
  greeting: 'Guten Tag,',
  signature: 'Ihr Marketplace Rewards-Team',
  causes: {
    'illegal-activity': 'illegale Aktivitäten',
    delisting: 'Entfernung aus dem Marketplace',
    'ip-violation': 'Verletzung geistigen Eigentums',
    'sponsorship-misuse': 'Missbrauch des Sponsorings',
    other: 'sonstiger Grund',
  },
  channels: {
    email: 'per E-Mail',
    phone: 'telefonisch',
    meeting: 'in einer Besprechung',
    other: 'auf anderem Weg',
  },
  about: (p, f) =>
    p.thread === 'dispute'
      ? p.lineId
        ? `Einspruch gegen die Abrechnungszeile ${f.s(p.lineId)}`
        : 'Einspruch gegen den Stufenbetrag'
      : p.thread === 'technical-request'
        ? `technische Anfrage zu ${f.s(p.title)}`
        : `Support-Ticket „${f.s(p.title)}“`,
  templates: {
    'activation-received': {
      subject: (p, f) => `Wir haben Ihre Aktivierung erhalten: ${f.benefit(p)}`,
      body: (p, f) => [
        `Vielen Dank, dass Sie „${f.benefit(p)}“ aktiviert haben.`,
        `Ein Mitglied des Rewards-Teams meldet sich bis zum ${f.date(p.contactDueAt)} bei Ihnen.`,
      ],
    },
    'contact-logged': {
      subject: (p, f) => `Das Rewards-Team hat Sie zu „${f.s(p.about)}“ kontaktiert`,
      body: (p, f) => [
        `Ein Mitglied des Rewards-Teams hat Sie ${f.channel(p.channel)} zu „${f.s(p.about)}“ kontaktiert.`,
        'Bei Fragen antworten Sie bitte direkt Ihrem Ansprechpartner.',
      ],
    },
    'benefit-unlocked': {
      subject: (p, f) => `Neuer Vorteil freigeschaltet: ${f.benefit(p)}`,
      body: (p, f) => [
        `„${f.benefit(p)}“ steht Ihnen jetzt zur Verfügung.`,
        'Aktivieren Sie den Vorteil auf der Seite „Marketplace Rewards“, Registerkarte „Vertriebs- und Marketingvorteile“.',
      ],
    },
    'sponsorship-unlocked': {
      subject: (p, f) => `Ihr Sponsoring ist bereit: ${f.benefit(p)}`,
      body: (p, f) => [
        `Sie haben „${f.benefit(p)}“ freigeschaltet${p.amountUsdCents ? `, im Wert von ${f.usd(p.amountUsdCents)}` : ''}.`,
        'So nutzen Sie es: Aktivieren Sie den Vorteil auf der Seite „Marketplace Rewards“. Das Rewards-Team sendet das Sponsoring-Angebot dann an Ihren Marketingkontakt, der es im Azure-Portal einlöst.',
        p.waitsForName
          ? `Sie können es aktivieren, sobald Ihr „${f.s(p.waitsForName)}“ aufgebraucht ist (noch ${f.usd(p.waitsForRemainingUsdCents)} übrig) oder nachdem es am ${f.date(p.waitsForExpiresOn)} abgelaufen ist: Ein neues Sponsoring wird erst ausgegeben, wenn das vorherige aufgebraucht oder abgelaufen ist.`
          : 'Ein neues Sponsoring wird erst ausgegeben, wenn das vorherige aufgebraucht oder abgelaufen ist.',
      ],
    },
    'offer-live': {
      subject: (p, f) => `„${f.s(p.offerName)}“ ist live: Willkommen bei Marketplace Rewards`,
      body: (p, f) => [
        `Ihr Angebot „${f.s(p.offerName)}“ ist jetzt im Marketplace verfügbar.`,
        `Ein Mitglied des Rewards-Teams meldet sich bis zum ${f.date(p.welcomeBy)} bei Ihnen, um die Vorteile zu besprechen, für die es infrage kommt.`,
        'Nächste Schritte: Legen Sie einen Marketingkontakt fest, und sehen Sie sich Ihre Vorteile auf der Seite „Marketplace Rewards“ an.',
      ],
    },
    'self-serve-resources': {
      subject: (p, f) => `Ressourcen, um „${f.s(p.offerName)}“ zu bewerben`,
      body: (p, f) => [
        `Jedes Angebot erhält Optimierungsempfehlungen und Ressourcen, um es zu bewerben. Für „${f.s(p.offerName)}“:`,
        ...S12_RESOURCES.map((url) => `- ${url}`),
      ],
    },
    'clock-warning': {
      subject: (p, f) => `Fällig am ${f.date(p.dueAt)}: ${f.s(p.taskSubject)} (${f.s(p.companyName)})`,
      body: (p, f) => [
        `Die Zusage an ${f.s(p.companyName)} läuft am ${f.date(p.dueAt)} ab: ${f.s(p.taskSubject)}.`,
        'Erfassen Sie den Kontakt in der Konsole, sobald er stattgefunden hat.',
      ],
    },
    'clock-escalation': {
      subject: (p, f) => `Überfällig: ${f.s(p.taskSubject)} (${f.s(p.companyName)})`,
      body: (p, f) => [
        `Die Zusage an ${f.s(p.companyName)} ist am ${f.date(p.dueAt)} abgelaufen, ohne dass ein Kontakt erfasst wurde: ${f.s(p.taskSubject)}.`,
        `Zugewiesen an: ${f.s(p.assigneeName, 'niemanden')}.`,
      ],
    },
    'welcome-lapsed': {
      subject: (p, f) => `Zu „${f.s(p.offerName)}“ hat sich noch niemand bei Ihnen gemeldet`,
      body: (p, f) => [
        `„${f.s(p.offerName)}“ ist seit dem ${f.date(p.liveAt)} live, und das Rewards-Team hat sich noch nicht bei Ihnen gemeldet. Das tut uns leid; das Team wurde informiert.`,
        'Sie sind in Ihrer Organisation für dieses Angebot verantwortlich. Wenn Sie sich zuerst an uns wenden möchten, erstellen Sie auf der Seite „Marketplace Rewards“ ein Supportticket.',
      ],
    },
    'benefit-expiring': {
      subject: (p, f) => `„${f.benefit(p)}“ läuft am ${f.date(p.expiresAt)} ab`,
      body: (p, f) => [
        `„${f.benefit(p)}“ ist ein einmaliger Vorteil: Er läuft am ${f.date(p.expiresAt)} ab.`,
        'Aktivieren Sie ihn vorher auf der Seite „Marketplace Rewards“.',
      ],
    },
    'benefit-revoked': {
      subject: (p, f) => `„${f.benefit(p)}“ wurde entzogen`,
      body: (p, f) => [
        `„${f.benefit(p)}“ wurde entzogen. Grund: ${f.cause(p.cause)}${p.note ? ` – ${f.s(p.note)}` : ''}.`,
        'Offene Aktivierungen wurden storniert. Wenn Sie dies für einen Fehler halten, antworten Sie auf diese Nachricht oder erstellen Sie ein Supportticket.',
      ],
    },
    'benefit-reinstated': {
      subject: (p, f) => `„${f.benefit(p)}“ steht Ihnen wieder zur Verfügung`,
      body: (p, f) => [
        `„${f.benefit(p)}“ wurde zuvor entzogen und ist jetzt wiederhergestellt${p.note ? `: ${f.s(p.note)}` : ''}.`,
        'Sie können den Vorteil auf der Seite „Marketplace Rewards“ erneut aktivieren.',
      ],
    },
    'sponsorship-expiring': {
      subject: (p, f) =>
        `${f.usd(p.remainingUsdCents)} Ihres Sponsorings „${f.benefit(p)}“ verfallen am ${f.date(p.expiresAt)}`,
      body: (p, f) => [
        `Von Ihrem Sponsoring „${f.benefit(p)}“ über ${f.usd(p.amountUsdCents)} sind ${f.usd(p.remainingUsdCents)} noch nicht ausgegeben: Es läuft am ${f.date(p.expiresAt)} ab.`,
        'Geben Sie den Betrag bis dahin aus, oder teilen Sie dem Rewards-Team mit, dass Sie ihn nicht nutzen werden: Das nächste Sponsoring wird erst ausgegeben, wenn dieses aufgebraucht oder abgelaufen ist.',
      ],
    },
    'benefit-refreshed': {
      subject: (p, f) => `„${f.benefit(p)}“ steht Ihnen für ein weiteres Jahr zur Verfügung`,
      body: (p, f) => [
        `Am ${f.date(p.periodStart)}, dem Jahrestag der Freischaltung, hat ein neues Jahr für „${f.benefit(p)}“ begonnen.`,
        'Sie können den Vorteil auf der Seite „Marketplace Rewards“ erneut aktivieren.',
      ],
    },
    'work-rerouted': {
      subject: (p, f) => `Sie erhalten jetzt, was bisher an ${f.s(p.fromName)} ging`,
      body: (p, f) => [
        `Das Konto von ${f.s(p.fromName)} wurde deaktiviert. Wofür ${f.s(p.fromName)} zuständig war, geht jetzt an Sie: ${f.s(p.what)}.`,
      ],
    },
    invitation: {
      subject: (p, f) =>
        p.publisherName
          ? `Einladung zu ${f.s(p.publisherName)} bei Marketplace Rewards`
          : 'Einladung in das Marketplace Rewards-Team',
      body: (p, f) => [
        `${f.s(p.inviterName, 'Das Marketplace Rewards-Team')} hat Sie eingeladen, ${
          p.publisherName
            ? `${f.s(p.publisherName)} bei Marketplace Rewards beizutreten`
            : p.role === 'program-admin'
              ? 'das Marketplace Rewards-Programm als Programmadministrator zu betreuen'
              : 'dem Marketplace Rewards-Team beizutreten'
        }.`,
        `Öffnen Sie diesen Link, um Ihr Kennwort festzulegen und sich anzumelden: ${f.link(p.url)}`,
        `Der Link funktioniert einmal und läuft am ${f.date(p.expiresAt)} ab. Ist er abgelaufen, bitten Sie um einen neuen.`,
      ],
    },
    'conversation-reply': {
      subject: (p, f) => `Neue Antwort: ${f.about(p)}`,
      body: (p, f) => [
        `${f.s(p.authorName)} hat geschrieben (${f.s(p.companyName)}, ${f.about(p)}):`,
        f.s(p.body),
        `Unterhaltung lesen und antworten: ${f.link(p.url)}`,
      ],
    },
    'conversation-resolved': {
      subject: (p, f) => `Gelöst: ${f.about(p)}`,
      body: (p, f) => [
        `${f.s(p.authorName)} vom Rewards-Team hat als gelöst markiert: ${f.about(p)}.`,
        ...(p.body ? [f.s(p.body)] : []),
        `Ist noch etwas offen, antworten Sie in der Unterhaltung, dann wird sie wieder geöffnet: ${f.link(p.url)}`,
      ],
    },
    'dispute-decided': {
      subject: (p, f) =>
        p.outcome === 'upheld'
          ? `Ihrem Einspruch wurde stattgegeben: ${f.about(p)}`
          : `Entscheidung: ${f.about(p)}`,
      body: (p, f) => [
        p.outcome === 'upheld'
          ? `Das Rewards-Team hat Ihren Einspruch geprüft und gibt Ihnen recht (${f.about(p)}).`
          : `Das Rewards-Team hat Ihren Einspruch geprüft (${f.about(p)}): Der Betrag bleibt bestehen.`,
        ...(typeof p.correctionUsdCents === 'number'
          ? [
              `Eine Korrektur von ${f.usd(p.correctionUsdCents)} wurde Ihren abgerechneten Umsätzen hinzugefügt; Ihr Stufenbetrag enthält sie.`,
            ]
          : []),
        f.s(p.body),
        `Entscheidung lesen und antworten, wenn Sie nicht einverstanden sind: ${f.link(p.url)}`,
      ],
    },
    'new-sign-in': {
      subject: () => 'Neue Anmeldung bei Ihrem Marketplace Rewards-Konto',
      body: (p, f) => [
        `Am ${f.date(p.at)} hat sich jemand in einem Browser, den Sie bisher nicht verwendet haben, bei Ihrem Konto angemeldet (Adresse ${f.s(p.ip)}; ${f.s(p.browser, 'Browser unbekannt')}).`,
        `Wenn Sie das waren, ist nichts zu tun. Andernfalls ändern Sie Ihr Kennwort und beenden Sie diese Sitzung auf Ihrer Kontoseite: ${f.link(p.url)}`,
      ],
    },
    'invitation-existing-account': {
      subject: (p, f) =>
        `Jemand wollte diese Adresse zu ${f.s(p.publisherName, 'einem Herausgeber')} bei Marketplace Rewards hinzufügen`,
      body: (p, f) => [
        `${f.s(p.inviterName, 'Jemand')} hat diese E-Mail-Adresse zu ${f.s(p.publisherName, 'einem Herausgeber')} bei Marketplace Rewards hinzugefügt. Für diese Adresse gibt es bereits ein Konto, und mit einer Adresse meldet man sich nur bei einem Konto an. Deshalb wurde nichts geändert.`,
        `Wenn Sie ${f.s(p.publisherName, 'diesem Herausgeber')} beitreten möchten, bitten Sie ${f.s(p.inviterName, 'die einladende Person')}, eine andere Adresse von Ihnen einzuladen. Wenn Sie das nicht erwartet haben, ignorieren Sie diese Nachricht: Ihr Konto ist unverändert.`,
      ],
    },
    'webhook-disabled': {
      subject: () => 'Ein Webhook-Abonnement wurde deaktiviert',
      body: (p, f) => [
        p.reason === 'gone'
          ? `Das Webhook-Abonnement an ${f.s(p.url)} wurde deaktiviert: Der Empfänger hat geantwortet, dass er keine mehr möchte (410 Gone).`
          : `Das Webhook-Abonnement an ${f.s(p.url)} wurde deaktiviert, nachdem ${f.s(p.failures)} Zustellungen in Folge fehlgeschlagen sind.`,
        `Es wird nichts mehr dorthin gesendet. Beheben Sie den Fehler beim Empfänger, aktivieren Sie das Abonnement wieder und stellen Sie Verpasstes erneut zu: ${f.link(p.page)}`,
      ],
    },
  },
};
