// SPDX-License-Identifier: GPL-3.0-or-later
// Asks the mail program through the XDG desktop portal (org.freedesktop.portal.Email on the
// session bus), handing the attachment over as an open file descriptor: nothing of the message
// reaches a command line. Where there is no portal (no session bus, not Linux) it answers
// Unavailable.
#pragma once

#include "ui/MailComposer.h"

namespace ClientDesk {

class PortalMailComposer : public MailComposer
{
    Q_OBJECT

public:
    explicit PortalMailComposer(QObject *parent = nullptr);

    // Calls ComposeEmail without waiting for the reply; finished() says how it went. The
    // portal answers with a request handle at once and shows the mail program itself, so the
    // later Response signal is not awaited.
    void compose(const Message &message) override;

private:
    void finishLater(Outcome outcome);
};

} // namespace ClientDesk
