// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PortalMailComposer.h"

#include <QFile>
#include <QLoggingCategory>
#include <QTimer>

#if defined(Q_OS_LINUX) && QT_CONFIG(dbus)
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusUnixFileDescriptor>
#endif

namespace ClientDesk {

namespace {
// Only D-Bus error names and outcomes are logged, never a field of the message.
Q_LOGGING_CATEGORY(lcMail, "clientdesk.mail", QtInfoMsg)

#if defined(Q_OS_LINUX) && QT_CONFIG(dbus)
const QString PortalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString PortalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString EmailInterface = QStringLiteral("org.freedesktop.portal.Email");

// Errors that mean nobody is there to ask, as opposed to a portal that answered "no".
bool meansUnavailable(const QString &errorName)
{
    static const QStringList names = {
        QStringLiteral("org.freedesktop.DBus.Error.ServiceUnknown"),
        QStringLiteral("org.freedesktop.DBus.Error.NameHasNoOwner"),
        QStringLiteral("org.freedesktop.DBus.Error.UnknownObject"),
        QStringLiteral("org.freedesktop.DBus.Error.UnknownInterface"),
        QStringLiteral("org.freedesktop.DBus.Error.UnknownMethod"),
        QStringLiteral("org.freedesktop.DBus.Error.NoReply"),
        QStringLiteral("org.freedesktop.DBus.Error.NoServer"),
        QStringLiteral("org.freedesktop.DBus.Error.Disconnected"),
        QStringLiteral("org.freedesktop.DBus.Error.TimedOut"),
    };
    // A portal that could not be started by bus activation is not there either.
    return names.contains(errorName)
        || errorName.startsWith(QLatin1String("org.freedesktop.DBus.Error.Spawn."));
}
#endif
} // namespace

PortalMailComposer::PortalMailComposer(QObject *parent)
    : MailComposer(parent)
{ }

// finished() always comes from the event loop, so a caller connects after compose() and sees
// a failure at once the same way as a late one.
void PortalMailComposer::finishLater(Outcome outcome)
{
    QTimer::singleShot(0, this, [this, outcome] { Q_EMIT finished(outcome); });
}

#if defined(Q_OS_LINUX) && QT_CONFIG(dbus)
void PortalMailComposer::compose(const Message &message)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()
        || !(bus.connectionCapabilities() & QDBusConnection::UnixFileDescriptorPassing)) {
        qCInfo(lcMail) << "no session bus that passes file descriptors; mail portal unavailable";
        finishLater(Outcome::Unavailable);
        return;
    }
    QFile attachment(message.attachmentPath);
    if (!attachment.open(QIODevice::ReadOnly)) {
        qCWarning(lcMail) << "the attachment could not be opened for the mail portal";
        finishLater(Outcome::Refused);
        return;
    }
    // The descriptor is duplicated into the message; ours closes with the file.
    const QDBusUnixFileDescriptor descriptor(attachment.handle());
    qDBusRegisterMetaType<QList<QDBusUnixFileDescriptor>>();

    QVariantMap options;
    if (!message.addresses.isEmpty())
        options.insert(QStringLiteral("addresses"), message.addresses);
    options.insert(QStringLiteral("subject"), message.subject);
    options.insert(QStringLiteral("body"), message.body);
    options.insert(QStringLiteral("attachment_fds"),
                   QVariant::fromValue(QList<QDBusUnixFileDescriptor> {descriptor}));

    QDBusMessage call = QDBusMessage::createMethodCall(PortalService, PortalPath, EmailInterface,
                                                       QStringLiteral("ComposeEmail"));
    // No parent window: the portal then places its chooser (if any) on its own.
    call << QString() << options;
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QDBusObjectPath> reply = *w;
        if (!reply.isError()) {
            Q_EMIT finished(Outcome::Handed);
            return;
        }
        const QString errorName = reply.error().name();
        qCInfo(lcMail) << "the mail portal answered with" << errorName;
        Q_EMIT finished(meansUnavailable(errorName) ? Outcome::Unavailable : Outcome::Refused);
    });
}
#else
void PortalMailComposer::compose(const Message &)
{
    qCInfo(lcMail) << "no mail portal on this platform";
    finishLater(Outcome::Unavailable);
}
#endif

} // namespace ClientDesk
