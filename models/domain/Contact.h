// SPDX-License-Identifier: GPL-3.0-or-later
// A person at a client: their name, role and how to reach them.
#pragma once

#include "models/domain/Result.h"

#include <QString>

namespace ClientDesk {

class Contact
{
public:
    QString id;
    QString clientId;
    QString name;
    QString email;
    QString phone;
    // What the person does at the client, such as "Marketing lead"; free text.
    QString role;
    qint64 version = 0;

    // Checks every field; the message names the field to fix, never echoes its value.
    Result<void> validate() const;
};

} // namespace ClientDesk
