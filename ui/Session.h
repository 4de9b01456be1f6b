// SPDX-License-Identifier: GPL-3.0-or-later
// What the pages and editors share while a workspace is open: its store, the clock, this
// device's invoice series, and one signal that tells every list and pane a record changed.
#pragma once

#include <QObject>
#include <QString>

namespace ClientDesk {

class Clock;
class KeyRing;
class Store;
class Workspace;

class Session : public QObject
{
    Q_OBJECT

public:
    enum class Record { Client, Contact, Project, Deliverable, Invoice, AgencyProfile };
    Q_ENUM(Record)

    // The workspace and the clock outlive the session; it is made on unlock and goes on lock.
    Session(Workspace &workspace, const Clock &clock, QObject *parent = nullptr);

    // The GUI thread's connection: short reads and single-record writes only.
    Store &store() const;
    const Clock &clock() const { return m_clock; }
    QString workspaceId() const;
    QString invoiceSeries() const;
    // For work on another thread, which opens a connection of its own:
    // Store::open(storePath(), keyRing().dataKey()) on that thread.
    QString storePath() const;
    KeyRing keyRing() const;

    // Whoever wrote says so once the write committed: lists re-read, panes that show the
    // record reload it.
    void notifyChanged(Record record, const QString &id);

Q_SIGNALS:
    void recordChanged(ClientDesk::Session::Record record, const QString &id);

private:
    Workspace &m_workspace;
    const Clock &m_clock;
};

} // namespace ClientDesk
