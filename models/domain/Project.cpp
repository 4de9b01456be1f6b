// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/Project.h"

#include "models/domain/Currency.h"

#include <QCoreApplication>

namespace ClientDesk {

namespace {
Error invalid(const char *text)
{
    return Error(ErrorKind::InvalidInput, QCoreApplication::translate("ClientDesk::Project", text));
}
} // namespace

Result<void> Project::validate() const
{
    if (clientId.trimmed().isEmpty())
        return invalid(
            QT_TRANSLATE_NOOP("ClientDesk::Project", "Choose a client for the project."));
    if (name.trimmed().isEmpty())
        return invalid(QT_TRANSLATE_NOOP("ClientDesk::Project", "Enter the project's name."));
    if (budget && !Currency::isKnown(budget->currency()))
        return invalid(QT_TRANSLATE_NOOP("ClientDesk::Project", "Choose the budget's currency."));
    if (budget && budget->minor() < 0)
        return invalid(QT_TRANSLATE_NOOP("ClientDesk::Project", "The budget cannot be negative."));
    if (startDate.isValid() && dueDate.isValid() && dueDate < startDate)
        return invalid(QT_TRANSLATE_NOOP("ClientDesk::Project",
                                         "The due date cannot be before the start date."));
    return {};
}

QString Project::statusKey(Status status)
{
    switch (status) {
    case Status::Lead:
        return QStringLiteral("lead");
    case Status::Active:
        return QStringLiteral("active");
    case Status::OnHold:
        return QStringLiteral("on_hold");
    case Status::Done:
        break;
    }
    return QStringLiteral("done");
}

std::optional<Project::Status> Project::statusFromKey(const QString &key)
{
    for (Status status : {Status::Lead, Status::Active, Status::OnHold, Status::Done}) {
        if (statusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

} // namespace ClientDesk
