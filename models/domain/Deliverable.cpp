// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/Deliverable.h"

#include <QCoreApplication>

namespace ClientDesk {

namespace {
Error invalid(const char *text)
{
    return Error(ErrorKind::InvalidInput,
                 QCoreApplication::translate("ClientDesk::Deliverable", text));
}
} // namespace

Result<void> Deliverable::validate() const
{
    if (projectId.trimmed().isEmpty())
        return invalid(QT_TRANSLATE_NOOP("ClientDesk::Deliverable",
                                         "Choose the project for the deliverable."));
    if (title.trimmed().isEmpty())
        return invalid(
            QT_TRANSLATE_NOOP("ClientDesk::Deliverable", "Enter the deliverable's title."));
    if (doneDate.isValid() && status != Status::Done)
        return invalid(QT_TRANSLATE_NOOP("ClientDesk::Deliverable",
                                         "Only a deliverable that is done can have a done date."));
    return {};
}

QString Deliverable::statusKey(Status status)
{
    switch (status) {
    case Status::Open:
        return QStringLiteral("open");
    case Status::InProgress:
        return QStringLiteral("in_progress");
    case Status::Done:
        break;
    }
    return QStringLiteral("done");
}

std::optional<Deliverable::Status> Deliverable::statusFromKey(const QString &key)
{
    for (Status status : {Status::Open, Status::InProgress, Status::Done}) {
        if (statusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

} // namespace ClientDesk
