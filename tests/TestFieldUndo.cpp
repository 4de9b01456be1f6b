// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/FieldUndo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace ClientDesk;

class TestFieldUndo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typingInOneFieldIsOneStep();
    void stepsUndoInTheOrderTheyWereMade();
    void loadingIsNotAnEdit();
    void undoKeyInAFieldUndoesTheForm();
    void cleanStateMeansSaved();
};

void TestFieldUndo::typingInOneFieldIsOneStep()
{
    QUndoStack stack;
    FieldUndo fields(&stack);
    QLineEdit name;
    fields.track(&name);
    QTest::keyClicks(&name, QStringLiteral("Acme"));
    QCOMPARE(stack.count(), 1);
    stack.undo();
    QCOMPARE(name.text(), QString());
    stack.redo();
    QCOMPARE(name.text(), QStringLiteral("Acme"));
}

void TestFieldUndo::stepsUndoInTheOrderTheyWereMade()
{
    QUndoStack stack;
    FieldUndo fields(&stack);
    QLineEdit name;
    QPlainTextEdit notes;
    QComboBox status;
    status.addItems({QStringLiteral("Active"), QStringLiteral("Archived")});
    QCheckBox flag;
    for (QWidget *field : {static_cast<QWidget *>(&name), static_cast<QWidget *>(&notes),
                           static_cast<QWidget *>(&status), static_cast<QWidget *>(&flag)})
        fields.track(field);
    QSignalSpy changed(&fields, &FieldUndo::fieldChanged);

    QTest::keyClicks(&name, QStringLiteral("Acme"));
    QTest::keyClicks(&notes, QStringLiteral("Pays late"));
    status.setCurrentIndex(1);
    flag.setChecked(true);
    QTest::keyClicks(&name, QStringLiteral(" GmbH"));
    QCOMPARE(stack.count(), 5);

    stack.undo();
    QCOMPARE(name.text(), QStringLiteral("Acme"));
    stack.undo();
    QVERIFY(!flag.isChecked());
    stack.undo();
    QCOMPARE(status.currentIndex(), 0);
    stack.undo();
    QCOMPARE(notes.toPlainText(), QString());
    stack.undo();
    QCOMPARE(name.text(), QString());
    QVERIFY(changed.count() >= 10);

    // Redo walks forward again, and a new edit after an undo drops what was undone.
    stack.redo();
    stack.redo();
    QCOMPARE(notes.toPlainText(), QStringLiteral("Pays late"));
    QTest::keyClicks(&name, QStringLiteral("!"));
    QVERIFY(!stack.canRedo());
    QCOMPARE(name.text(), QStringLiteral("Acme!"));
}

void TestFieldUndo::loadingIsNotAnEdit()
{
    QUndoStack stack;
    FieldUndo fields(&stack);
    QLineEdit name;
    QComboBox status;
    status.addItems({QStringLiteral("Active"), QStringLiteral("Archived")});
    fields.track(&name);
    fields.track(&status);
    fields.beginLoad();
    name.setText(QStringLiteral("Stored name"));
    status.setCurrentIndex(1);
    fields.endLoad();
    QCOMPARE(stack.count(), 0);

    // The first edit after loading undoes back to the loaded value, not to empty.
    name.selectAll();
    QTest::keyClicks(&name, QStringLiteral("New"));
    stack.undo();
    QCOMPARE(name.text(), QStringLiteral("Stored name"));

    fields.setValue(&status, 0);
    QCOMPARE(stack.count(), 1);
    QCOMPARE(status.currentIndex(), 0);
}

void TestFieldUndo::undoKeyInAFieldUndoesTheForm()
{
    QWidget window;
    auto *first = new QLineEdit(&window);
    auto *second = new QLineEdit(&window);
    QUndoStack stack;
    FieldUndo fields(&stack);
    fields.track(first);
    fields.track(second);
    auto *undo = stack.createUndoAction(&window);
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WindowShortcut);
    window.addAction(undo);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QTest::keyClicks(first, QStringLiteral("one"));
    second->setFocus();
    QTest::keyClicks(second, QStringLiteral("two"));
    // Ctrl+Z in the second field: the line edit's own history would only know "two".
    QTest::keySequence(&window, QKeySequence::Undo);
    QCOMPARE(second->text(), QString());
    QTest::keySequence(&window, QKeySequence::Undo);
    QCOMPARE(first->text(), QString());
    QCOMPARE(stack.index(), 0);
}

void TestFieldUndo::cleanStateMeansSaved()
{
    QUndoStack stack;
    FieldUndo fields(&stack);
    QLineEdit name;
    fields.track(&name);
    QVERIFY(stack.isClean());
    QTest::keyClicks(&name, QStringLiteral("x"));
    QVERIFY(!stack.isClean());
    stack.setClean();
    QTest::keyClicks(&name, QStringLiteral("y"));
    stack.undo();
    QVERIFY(stack.isClean());
    stack.undo();
    QVERIFY(!stack.isClean());

    // A letter typed and deleted again is no edit at all.
    stack.redo();
    stack.redo();
    stack.setClean();
    QTest::keyClicks(&name, QStringLiteral("z"));
    QVERIFY(!stack.isClean());
    QTest::keyClick(&name, Qt::Key_Backspace);
    QVERIFY(stack.isClean());
    QCOMPARE(name.text(), QStringLiteral("xy"));
}

QTEST_MAIN(TestFieldUndo)
#include "TestFieldUndo.moc"
