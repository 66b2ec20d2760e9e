// Spanish mail (es, any region), addressing the reader as usted.
import { S12_RESOURCES, type MessageCatalog } from './catalog.ts';

export const es: MessageCatalog = {
  greeting: 'Hola:',
  signature: 'El equipo de Marketplace Rewards',
  causes: {
    'illegal-activity': 'actividad ilegal',
    delisting: 'retirada de la oferta',
    'ip-violation': 'infracción de la propiedad intelectual',
    'sponsorship-misuse': 'uso indebido del patrocinio',
    other: 'otro motivo',
  },
  channels: {
    email: 'por correo electrónico',
    phone: 'por teléfono',
    meeting: 'en una reunión',
    other: 'por otro medio',
  },
  about: (p, f) =>
    p.thread === 'dispute'
      ? p.lineId
        ? `reclamación de la línea de facturación ${f.s(p.lineId)}`
        : 'reclamación del importe del nivel'
      : p.thread === 'technical-request'
        ? `solicitud de asistencia técnica para ${f.s(p.title)}`
        : `incidencia de soporte «${f.s(p.title)}»`,
  templates: {
    'activation-received': {
      subject: (p, f) => `Hemos recibido su activación: ${f.benefit(p)}`,
      body: (p, f) => [
        `Gracias por activar «${f.benefit(p)}».`,
        `Un miembro del equipo de Rewards se pondrá en contacto con usted a más tardar el ${f.date(p.contactDueAt)}.`,
      ],
    },
    'contact-logged': {
      subject: (p, f) => `El equipo de Rewards se ha puesto en contacto con usted sobre «${f.s(p.about)}»`,
      body: (p, f) => [
        `Un miembro del equipo de Rewards se ha puesto en contacto con usted ${f.channel(p.channel)} sobre «${f.s(p.about)}».`,
        'Si tiene alguna pregunta, respóndale directamente.',
      ],
    },
    'benefit-unlocked': {
      subject: (p, f) => `Nuevo beneficio desbloqueado: ${f.benefit(p)}`,
      body: (p, f) => [
        `«${f.benefit(p)}» ya está a su disposición.`,
        'Actívelo en la página Marketplace Rewards, pestaña Beneficios de ventas y marketing.',
      ],
    },
    'sponsorship-unlocked': {
      subject: (p, f) => `Su patrocinio está listo: ${f.benefit(p)}`,
      body: (p, f) => [
        `Ha desbloqueado «${f.benefit(p)}»${p.amountUsdCents ? `, por valor de ${f.usd(p.amountUsdCents)}` : ''}.`,
        'Cómo usarlo: active el beneficio en la página Marketplace Rewards; después, el equipo de Rewards envía la oferta de patrocinio a su contacto de marketing, que la canjea en Azure Portal.',
        p.waitsForName
          ? `Podrá activarlo cuando haya gastado su «${f.s(p.waitsForName)}» (quedan ${f.usd(p.waitsForRemainingUsdCents)}) o cuando este caduque el ${f.date(p.waitsForExpiresOn)}: solo se emite un nuevo patrocinio cuando el anterior se ha gastado o ha caducado.`
          : 'Solo se emite un nuevo patrocinio cuando el anterior se ha gastado o ha caducado.',
      ],
    },
    'offer-live': {
      subject: (p, f) =>
        `«${f.s(p.offerName)}» ya está publicada: le damos la bienvenida a Marketplace Rewards`,
      body: (p, f) => [
        `Su oferta «${f.s(p.offerName)}» ya está publicada en el marketplace.`,
        `Un miembro del equipo de Rewards se pondrá en contacto con usted a más tardar el ${f.date(p.welcomeBy)} para hablarle de los beneficios a los que da derecho.`,
        'Próximos pasos: asigne un contacto de marketing y consulte sus beneficios en la página Marketplace Rewards.',
      ],
    },
    'self-serve-resources': {
      subject: (p, f) => `Recursos para promocionar «${f.s(p.offerName)}»`,
      body: (p, f) => [
        `Toda oferta publicada recibe recomendaciones de optimización y recursos de promoción. Para «${f.s(p.offerName)}»:`,
        ...S12_RESOURCES.map((url) => `- ${url}`),
      ],
    },
    'clock-warning': {
      subject: (p, f) => `Vence el ${f.date(p.dueAt)}: ${f.s(p.taskSubject)} (${f.s(p.companyName)})`,
      body: (p, f) => [
        `El compromiso con ${f.s(p.companyName)} vence el ${f.date(p.dueAt)}: ${f.s(p.taskSubject)}.`,
        'Registre el contacto en la consola en cuanto se haya producido.',
      ],
    },
    'clock-escalation': {
      subject: (p, f) => `Con retraso: ${f.s(p.taskSubject)} (${f.s(p.companyName)})`,
      body: (p, f) => [
        `El compromiso con ${f.s(p.companyName)} venció el ${f.date(p.dueAt)} sin ningún contacto registrado: ${f.s(p.taskSubject)}.`,
        `Asignado a: ${f.s(p.assigneeName, 'nadie')}.`,
      ],
    },
    'welcome-lapsed': {
      subject: (p, f) => `Nadie se ha puesto en contacto con usted todavía sobre «${f.s(p.offerName)}»`,
      body: (p, f) => [
        `«${f.s(p.offerName)}» está publicada desde el ${f.date(p.liveAt)} y el equipo de Rewards aún no se ha puesto en contacto con usted. Lo sentimos; ya hemos avisado al equipo.`,
        'Esta oferta está a su cargo en su organización. Si prefiere escribirnos primero, abra una incidencia de soporte en la página Marketplace Rewards.',
      ],
    },
    'benefit-expiring': {
      subject: (p, f) => `«${f.benefit(p)}» caduca el ${f.date(p.expiresAt)}`,
      body: (p, f) => [
        `«${f.benefit(p)}» es un beneficio de un solo uso: caduca el ${f.date(p.expiresAt)}.`,
        'Actívelo antes de esa fecha en la página Marketplace Rewards.',
      ],
    },
    'benefit-revoked': {
      subject: (p, f) => `Se ha revocado «${f.benefit(p)}»`,
      body: (p, f) => [
        `Se ha revocado «${f.benefit(p)}» por ${f.cause(p.cause)}${p.note ? `: ${f.s(p.note)}` : ''}.`,
        'Sus activaciones abiertas se han cancelado. Si cree que se trata de un error, responda a este mensaje o abra una incidencia de soporte.',
      ],
    },
    'benefit-reinstated': {
      subject: (p, f) => `«${f.benefit(p)}» vuelve a estar a su disposición`,
      body: (p, f) => [
        `«${f.benefit(p)}», revocado anteriormente, se ha restablecido${p.note ? `: ${f.s(p.note)}` : ''}.`,
        'Puede volver a activarlo en la página Marketplace Rewards.',
      ],
    },
    'sponsorship-expiring': {
      subject: (p, f) =>
        `${f.usd(p.remainingUsdCents)} de su «${f.benefit(p)}» caducan el ${f.date(p.expiresAt)}`,
      body: (p, f) => [
        `Aún no se han gastado ${f.usd(p.remainingUsdCents)} de los ${f.usd(p.amountUsdCents)} de su «${f.benefit(p)}»: el patrocinio caduca el ${f.date(p.expiresAt)}.`,
        'Gástelos antes de esa fecha o indique al equipo de Rewards que no lo hará: el siguiente patrocinio se emite cuando este se haya gastado o haya caducado.',
      ],
    },
    'benefit-refreshed': {
      subject: (p, f) => `«${f.benefit(p)}» vuelve a estar disponible durante un año`,
      body: (p, f) => [
        `El ${f.date(p.periodStart)}, aniversario de su desbloqueo, comenzó un nuevo año de «${f.benefit(p)}».`,
        'Puede volver a activarlo en la página Marketplace Rewards.',
      ],
    },
    'work-rerouted': {
      subject: (p, f) => `Ahora recibe lo que antes iba a ${f.s(p.fromName)}`,
      body: (p, f) => [
        `La cuenta de ${f.s(p.fromName)} se ha desactivado. Lo que era responsabilidad de ${f.s(p.fromName)} ahora le llega a usted: ${f.s(p.what)}.`,
      ],
    },
    invitation: {
      subject: (p, f) =>
        p.publisherName
          ? `Invitación a ${f.s(p.publisherName)} en Marketplace Rewards`
          : 'Invitación al equipo de Marketplace Rewards',
      body: (p, f) => [
        `${f.s(p.inviterName, 'El equipo de Marketplace Rewards')} le invitó ${
          p.publisherName
            ? `a unirse a ${f.s(p.publisherName)} en Marketplace Rewards`
            : p.role === 'program-admin'
              ? 'a gestionar el programa Marketplace Rewards como administrador del programa'
              : 'a unirse al equipo de Marketplace Rewards'
        }.`,
        `Abra este enlace para elegir su contraseña e iniciar sesión: ${f.link(p.url)}`,
        `El enlace funciona una sola vez y caduca el ${f.date(p.expiresAt)}. Si ha caducado, pida uno nuevo.`,
      ],
    },
    'conversation-reply': {
      subject: (p, f) => `Nueva respuesta: ${f.about(p)}`,
      body: (p, f) => [
        `${f.s(p.authorName)} escribió (${f.s(p.companyName)}, ${f.about(p)}):`,
        f.s(p.body),
        `Lea la conversación y responda: ${f.link(p.url)}`,
      ],
    },
    'conversation-resolved': {
      subject: (p, f) => `Resuelto: ${f.about(p)}`,
      body: (p, f) => [
        `${f.s(p.authorName)}, del equipo de Rewards, marcó como resuelta la ${f.about(p)}.`,
        ...(p.body ? [f.s(p.body)] : []),
        `Si algo sigue pendiente, responda en la conversación y se volverá a abrir: ${f.link(p.url)}`,
      ],
    },
    'dispute-decided': {
      subject: (p, f) =>
        p.outcome === 'upheld'
          ? `Su reclamación fue aceptada: ${f.about(p)}`
          : `Decisión sobre su ${f.about(p)}`,
      body: (p, f) => [
        p.outcome === 'upheld'
          ? `El equipo de Rewards revisó su ${f.about(p)} y le da la razón.`
          : `El equipo de Rewards revisó su ${f.about(p)}: el importe se mantiene.`,
        ...(typeof p.correctionUsdCents === 'number'
          ? [
              `Se añadió una corrección de ${f.usd(p.correctionUsdCents)} a sus ventas facturadas; el importe de su nivel la incluye.`,
            ]
          : []),
        f.s(p.body),
        `Lea la decisión y responda si no está de acuerdo: ${f.link(p.url)}`,
      ],
    },
    'new-sign-in': {
      subject: () => 'Nuevo inicio de sesión en su cuenta de Marketplace Rewards',
      body: (p, f) => [
        `Alguien inició sesión en su cuenta el ${f.date(p.at)} desde un navegador que no había usado antes (dirección ${f.s(p.ip)}; ${f.s(p.browser, 'navegador desconocido')}).`,
        `Si fue usted, no tiene que hacer nada. Si no, cambie su contraseña y cierre esa sesión en la página de su cuenta: ${f.link(p.url)}`,
      ],
    },
    'invitation-existing-account': {
      subject: (p, f) =>
        `Alguien intentó agregar esta dirección a ${f.s(p.publisherName, 'un editor')} en Marketplace Rewards`,
      body: (p, f) => [
        `${f.s(p.inviterName, 'Alguien')} agregó esta dirección de correo a ${f.s(p.publisherName, 'un editor')} en Marketplace Rewards. Esta dirección ya tiene una cuenta y una dirección solo inicia sesión en una cuenta, así que no se cambió nada.`,
        `Para unirse a ${f.s(p.publisherName, 'ese editor')}, pida a ${f.s(p.inviterName, 'quien le invitó')} que invite otra de sus direcciones. Si no lo esperaba, ignore este mensaje: su cuenta sigue igual.`,
      ],
    },
    'webhook-disabled': {
      subject: () => 'Se desactivó una suscripción de webhook',
      body: (p, f) => [
        p.reason === 'gone'
          ? `Se desactivó la suscripción de webhook a ${f.s(p.url)}: el receptor respondió que ya no los quiere (410 Gone).`
          : `Se desactivó la suscripción de webhook a ${f.s(p.url)} después de ${f.s(p.failures)} entregas fallidas seguidas.`,
        `Ya no se le envía nada. Corrija el receptor, vuelva a activar la suscripción y reenvíe lo que no recibió: ${f.link(p.page)}`,
      ],
    },
  },
};
