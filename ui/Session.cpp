// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Session.h"

#include "models/store/Workspace.h"

namespace ClientDesk {

Session::Session(Workspace &workspace, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_clock(clock)
{ }

Store &Session::store() const
{
    return m_workspace.store();
}

QString Session::workspaceId() const
{
    return m_workspace.id();
}

QString Session::invoiceSeries() const
{
    return m_workspace.invoiceSeries();
}

QString Session::storePath() const
{
    return Workspace::storePath(m_workspace.dir());
}

KeyRing Session::keyRing() const
{
    return m_workspace.keyRing();
}

void Session::notifyChanged(Record record, const QString &id)
{
    Q_EMIT recordChanged(record, id);
}

} // namespace ClientDesk
