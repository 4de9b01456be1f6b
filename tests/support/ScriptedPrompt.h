// SPDX-License-Identifier: GPL-3.0-or-later
// A SecretPrompt that answers from a script, standing in for a person at a terminal.
#pragma once

#include "app/cli/SecretPrompt.h"

#include <QStringList>

namespace ClientDesk::Test {

class ScriptedPrompt final : public SecretPrompt
{
public:
    explicit ScriptedPrompt(QStringList answers = {}, bool interactive = true)
        : m_answers(std::move(answers))
        , m_interactive(interactive)
    { }

    bool interactive() const override { return m_interactive; }
    std::optional<QString> ask(const QString &prompt, bool hidden) override
    {
        m_prompts << prompt;
        m_hidden << hidden;
        if (m_answers.isEmpty())
            return std::nullopt;
        return m_answers.takeFirst();
    }

    QStringList prompts() const { return m_prompts; }
    QList<bool> hidden() const { return m_hidden; }

private:
    QStringList m_answers;
    bool m_interactive;
    QStringList m_prompts;
    QList<bool> m_hidden;
};

} // namespace ClientDesk::Test
