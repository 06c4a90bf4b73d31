package io.renloop.platform.internal;

import io.renloop.platform.MailMessage;

/** A message handed to the outgoing-mail port, to be delivered once the handing transaction commits. */
record MailQueued(MailMessage message) {
}
