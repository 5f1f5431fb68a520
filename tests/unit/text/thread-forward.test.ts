// A forwarded message is the matter of the email; quoted reply history is not.
import { describe, expect, it } from 'vitest';
import { trimThread } from '../../../shared/core/text/thread';

describe('forwarded messages count, quoted replies do not', () => {
  it('keeps a Gmail-style forward under a short note, without its header lines', () => {
    const text = [
      'See below what UNDSS wrote to us.',
      '',
      '---------- Forwarded message ---------',
      'From: Field Office <fieldoffice@example.org>',
      'Date: Tue, 4 Nov 2025 at 08:14',
      'Subject: ID cards',
      'To: Country Office <co@example.org>',
      '',
      'IOM staff are not eligible for UN ID cards at this duty station.',
    ].join('\n');
    const kept = trimThread(text).text;
    // Break: put the forward line back in QUOTE_HEADERS (cut like history) and this fails.
    expect(kept).toContain('not eligible for UN ID cards');
    expect(kept).toContain('ID cards');
    expect(kept).not.toContain('fieldoffice@example.org');
  });

  it('keeps an Outlook forward (FW: subject) and one under a signature', () => {
    const outlook =
      'FYI\n\nRegards,\nSam\n\n-----Original Message-----\nFrom: Hassan\nSent: Monday\nSubject: FW: road\n\nOur driver was taken at the checkpoint.';
    expect(trimThread(outlook).text).toContain('Our driver was taken at the checkpoint.');
    const apple =
      'Forwarding for your advice.\n\nBegin forwarded message:\n\nFrom: "P" <p@example.org>\nSubject: Missing\n\nNo contact with the team since noon.';
    expect(trimThread(apple).text).toContain('No contact with the team since noon.');
    const fr =
      'Voir ci-dessous.\n\n-------- Message transféré --------\nDe : X <x@example.org>\nObjet : carte\n\nLe DSS refuse nos cartes ONU.';
    expect(trimThread(fr).text).toContain('Le DSS refuse nos cartes ONU.');
  });

  it('keeps a Thunderbird-style French forward (Sujet/Pour) and an Outlook block under a Spanish note', () => {
    // Break: drop "sujet" and "pour" from HEADER_LINE and the "De :" line below "Sujet :" cuts the forward.
    const thunderbird = [
      'Voir le message ci-dessous, qu’en pensez-vous ?',
      '',
      '-------- Message transféré --------',
      'Sujet : Point route',
      'Date : Mon, 10 Nov 2025 14:18:33 +0000',
      'De : Bureau terrain <terrain@example.org>',
      'Pour : coordination@example.org',
      '',
      'Le DSS refuse toujours nos badges ONU.',
    ].join('\n');
    const fr = trimThread(thunderbird).text;
    expect(fr).toContain('Le DSS refuse toujours nos badges ONU.');
    expect(fr).not.toContain('terrain@example.org');
    // Break: drop the Spanish notes ("les? hago llegar", "el mensaje que recibimos") from FORWARD_NOTE
    // and this is cut as reply history.
    const outlook = [
      'Estimados, les hago llegar el mensaje que recibimos.',
      '',
      'Saludos,',
      'Marta',
      '',
      '________________________________',
      'De: Oficina de terreno <terreno@example.org>',
      'Enviado: domingo, 9 de noviembre de 2025 22:31',
      'Para: Coordinación <coord@example.org>',
      'Asunto: Carnés',
      '',
      'El UNDSS no quiere emitir carnés para el personal de la OIM.',
    ].join('\n');
    expect(trimThread(outlook).text).toContain('El UNDSS no quiere emitir carnés');
  });

  it('keeps a forward under a "for your information / attention" note, in the three languages', () => {
    const block = (note: string, body: string) =>
      [
        note,
        '',
        '-----Original Message-----',
        'From: Field <f@example.org>',
        'Sent: Monday',
        'Subject: Road',
        '',
        body,
      ].join('\n');
    // Break: drop "for (your )?(info|…)", "pour (info|…)" and "para su (…)" from FORWARD_NOTE and
    // these three forwards are cut as reply history (only the note is left).
    for (const [note, body] of [
      ['FW for info and action.', 'No contact with the two drivers since noon.'],
      ['Pour info et action svp.', 'Aucune nouvelle des deux chauffeurs depuis midi.'],
      ['Para su atención, por favor.', 'Sin noticias de los dos conductores desde el mediodía.'],
    ])
      expect(trimThread(block(note as string, body as string)).text).toContain(body);
  });

  it('still drops quoted reply history about something else', () => {
    const reply = [
      'Is the SSAFE course open to consultants?',
      '',
      'Thanks,',
      'Kim',
      '',
      'On Mon, 3 Nov 2025 at 09:12, Nadia <n@example.org> wrote:',
      '> The printer is out of toner again.',
    ].join('\n');
    expect(trimThread(reply).text).toBe('Is the SSAFE course open to consultants?');
    const outlookReply =
      'We opened the new sub-office today.\n\nFrom: HR <hr@example.org>\nSent: Monday\nSubject: Timesheets\n\nTimesheets are due Friday.';
    // Break: treat every From: block as a forward and the HR history comes back.
    expect(trimThread(outlookReply).text).toBe('We opened the new sub-office today.');
  });
});
