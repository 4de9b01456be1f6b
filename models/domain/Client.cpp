// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/Client.h"

#include "models/domain/WorkspaceSetup.h"

#include <QCoreApplication>

namespace ClientDesk {

namespace {
constexpr qsizetype MaxNameLength = 200;
constexpr qsizetype MaxTagLength = 50;
constexpr qsizetype MaxTags = 20;

Error invalid(const char *text)
{
    return Error(ErrorKind::InvalidInput, QCoreApplication::translate("ClientDesk::Client", text));
}

Result<void> validateTags(const QStringList &tags)
{
    if (tags.size() > MaxTags)
        return invalid(
            QT_TRANSLATE_NOOP("ClientDesk::Client", "A client can have at most 20 tags."));
    for (const QString &tag : tags) {
        if (tag.trimmed().isEmpty())
            return invalid(QT_TRANSLATE_NOOP("ClientDesk::Client", "Remove the empty tag."));
        if (tag.contains(QLatin1Char(',')))
            return invalid(QT_TRANSLATE_NOOP("ClientDesk::Client",
                                             "A tag cannot contain a comma; make it two tags."));
        if (tag.size() > MaxTagLength)
            return invalid(QT_TRANSLATE_NOOP("ClientDesk::Client",
                                             "A tag is too long (at most 50 characters)."));
    }
    return {};
}
} // namespace

Result<void> Client::validate() const
{
    // An erased client's placeholder may have lost its name with the rest of its personal data.
    if (status != Status::Erased && name.trimmed().isEmpty())
        return invalid(QT_TRANSLATE_NOOP("ClientDesk::Client", "Enter the client's name."));
    if (name.size() > MaxNameLength)
        return invalid(QT_TRANSLATE_NOOP(
            "ClientDesk::Client", "The client's name is too long (at most 200 characters)."));
    const QString trimmedEmail = email.trimmed();
    if (!trimmedEmail.isEmpty() && !WorkspaceSetup::isValidEmail(trimmedEmail))
        return invalid(QT_TRANSLATE_NOOP(
            "ClientDesk::Client",
            "Enter a valid email address for the client, such as name@example.com, or leave it "
            "empty."));
    return validateTags(tags);
}

QString Client::statusKey(Status status)
{
    switch (status) {
    case Status::Active:
        return QStringLiteral("active");
    case Status::Archived:
        return QStringLiteral("archived");
    case Status::Erased:
        break;
    }
    return QStringLiteral("erased");
}

std::optional<Client::Status> Client::statusFromKey(const QString &key)
{
    for (Status status : {Status::Active, Status::Archived, Status::Erased}) {
        if (statusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

} // namespace ClientDesk
