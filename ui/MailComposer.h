// SPDX-License-Identifier: GPL-3.0-or-later
// Asks the person's mail program to open a new message, ready to send, with a file attached;
// implementations talk to the platform (PortalMailComposer) or stand in for it in tests.
#pragma once

#include <QObject>
#include <QStringList>

namespace ClientDesk {

class MailComposer : public QObject
{
    Q_OBJECT

public:
    // What the new message holds. The attachment is a file the mail program reads later, so it
    // must outlive the call.
    struct Message
    {
        QStringList addresses;
        QString subject;
        QString body;
        QString attachmentPath;
    };

    enum class Outcome {
        // The mail program was asked and took the request; the person sends from there.
        Handed,
        // There is nothing to ask on this system (no portal, no session bus, other platform).
        Unavailable,
        // Something was asked and refused, or the attachment could not be handed over.
        Refused,
    };
    Q_ENUM(Outcome)

    using QObject::QObject;

    // Never blocks: the answer comes later as finished(), once per call, also for a call that
    // fails at once.
    virtual void compose(const Message &message) = 0;

Q_SIGNALS:
    void finished(ClientDesk::MailComposer::Outcome outcome);
};

} // namespace ClientDesk
