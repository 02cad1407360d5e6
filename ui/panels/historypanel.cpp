#include "historypanel.h"

#include "commands/edit.h"
#include "model/document.h"
#include "model/historytext.h"
#include "panelrefresh.h"
#include "uitext.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace cx {

namespace {

enum Column
{
    WhatColumn,
    WhenColumn,
    WhoColumn
};

// Edits come in bursts (typing sends one per keystroke): one read per burst.
constexpr int refreshDelayMs = 150;

QLabel* wrappedLabel(const QString& name)
{
    auto* label = new QLabel;
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // it may quote map text
    label->hide();
    return label;
}

// A combo of choices that names itself by its first item ("All departments").
QComboBox* choiceBox(const QString& name, const QString& accessibleName)
{
    auto* box = new QComboBox;
    box->setObjectName(name);
    box->setAccessibleName(accessibleName);
    // Long department names must not widen the dock.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(10);
    return box;
}

QString longWhen(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::LongFormat);
}

} // namespace

HistoryPanel::HistoryPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("mapHistory"));
    m_refresh = new PanelRefresh(this, [this] { refresh(); });
    m_refresh->setDelay(refreshDelayMs);

    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("mapHistoryList"));
    m_list->setAccessibleName(tr("Changes to the map, newest first"));
    m_list->setHeaderLabels({tr("What"), tr("When"), tr("Who")});
    m_list->setRootIsDecorated(true);
    m_list->setIndentation(14); // the dock is narrow: room for the words
    m_list->setUniformRowHeights(true);
    // The verb and the values (before → after) matter most: the middle goes.
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView* header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(WhenColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(WhoColumn, QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &HistoryPanel::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &HistoryPanel::showOnCanvas);
    connect(m_list, &QWidget::customContextMenuRequested, this, &HistoryPanel::showMenu);

    m_note = wrappedLabel(QStringLiteral("mapHistoryNote"));
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_status = wrappedLabel(QStringLiteral("mapHistoryStatus"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(createFilters());
    layout->addWidget(m_list, 1);
    layout->addWidget(m_note);
    layout->addWidget(createButtons());
    layout->addWidget(m_status);
    setCardScope(false);
    updateButtons();
}

QWidget* HistoryPanel::createFilters()
{
    auto* box = new QWidget;
    auto* rows = new QVBoxLayout(box);
    rows->setContentsMargins(0, 0, 0, 0);
    auto* scope = new QHBoxLayout;
    auto* group = new QButtonGroup(box);
    const auto scopeButton = [&](const QString& text, const QString& name, const QString& tip) {
        auto* b = new QToolButton;
        b->setText(text);
        b->setObjectName(name);
        b->setToolTip(tip);
        b->setCheckable(true);
        b->setFocusPolicy(Qt::StrongFocus); // Tab reaches the scope too
        group->addButton(b);
        scope->addWidget(b);
        connect(b, &QToolButton::toggled, this, [this](bool on) {
            if (on)
                m_refresh->now();
        });
        return b;
    };
    m_wholeMap =
        scopeButton(tr("Whole map"), QStringLiteral("wholeMap"), tr("Every change to the map"));
    m_thisCard = scopeButton(tr("This card"), QStringLiteral("thisCard"),
                             tr("The changes of the card selected on the canvas"));
    scope->addStretch(1);
    addTimeFilter(scope);
    rows->addLayout(scope);

    auto* narrow = new QHBoxLayout;
    m_department = choiceBox(QStringLiteral("historyDepartment"), tr("Department"));
    m_field = choiceBox(QStringLiteral("historyField"), tr("Field"));
    narrow->addWidget(m_department, 1);
    narrow->addWidget(m_field, 1);
    rows->addLayout(narrow);
    updateDepartmentChoices();
    updateFieldChoices();
    const auto changed = [this] { m_refresh->now(); };
    connect(m_department, &QComboBox::activated, this, changed);
    connect(m_field, &QComboBox::activated, this, changed);
    return box;
}

void HistoryPanel::addTimeFilter(QHBoxLayout* row)
{
    m_since = new QComboBox;
    m_since->setObjectName(QStringLiteral("historySince"));
    m_since->setAccessibleName(tr("Since"));
    m_since->addItems({tr("Any time"), tr("Last 7 days"), tr("Last 30 days"), tr("Last 90 days"),
                       tr("Since date…")});
    m_sinceDate = new QDateEdit;
    m_sinceDate->setObjectName(QStringLiteral("historySinceDate"));
    m_sinceDate->setAccessibleName(tr("Since date"));
    m_sinceDate->setCalendarPopup(true);
    m_sinceDate->setDate(QDate::currentDate().addDays(-30));
    m_sinceDate->hide(); // only for "Since date…"
    row->addWidget(m_since);
    row->addWidget(m_sinceDate);
    connect(m_since, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_sinceDate->setVisible(Since(index) == Since::Date);
        m_refresh->now();
    });
    connect(m_sinceDate, &QDateEdit::dateChanged, this, [this] {
        if (Since(m_since->currentIndex()) == Since::Date)
            m_refresh->request();
    });
}

QWidget* HistoryPanel::createButtons()
{
    auto* box = new QWidget;
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    const auto button = [&](const QString& text, const QString& name, const QString& tip,
                            void (HistoryPanel::*slot)()) {
        auto* b = new QPushButton(text);
        b->setObjectName(name);
        b->setToolTip(tip);
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, slot);
        row->addWidget(b);
        return b;
    };
    m_show = button(tr("Show"), QStringLiteral("historyShow"),
                    tr("Select the card on the canvas (Enter, double-click)"),
                    &HistoryPanel::showOnCanvas);
    m_before =
        button(tr("Restore before"), QStringLiteral("historyRestoreBefore"),
               tr("Restore this card as it was before this change"), &HistoryPanel::restoreBefore);
    m_after =
        button(tr("Restore after"), QStringLiteral("historyRestoreAfter"),
               tr("Restore this card as it was after this change"), &HistoryPanel::restoreAfter);
    row->addStretch(1);
    return box;
}

void HistoryPanel::setDocument(Document* doc)
{
    m_refresh->unfollow(m_doc);
    m_doc = doc;
    m_selectedCard = 0;
    m_records.clear();
    m_fieldsSeen.clear();
    m_list->clear();
    setStatus({});
    if (m_doc)
        connectDocument();
    updateDepartmentChoices();
    updateFieldChoices();
    // Read when shown: opening a map with the dock closed or behind a tab
    // reads no history.
    m_refresh->request();
}

void HistoryPanel::connectDocument()
{
    const auto follow = [this](auto... signal) { m_refresh->follow(m_doc.data(), signal...); };
    follow(&Document::titleChanged, &Document::reviewIntervalChanged, &Document::reloaded);
    follow(&Document::departmentAdded, &Document::departmentChanged, &Document::departmentMoved,
           &Document::departmentRemoved);
    follow(&Document::personaAdded, &Document::personaChanged, &Document::personaRemoved);
    follow(&Document::participantAdded, &Document::participantChanged,
           &Document::participantRemoved);
    follow(&Document::journeyAdded, &Document::journeyChanged, &Document::journeyMoved,
           &Document::journeyRemoved);
    follow(&Document::stageInserted, &Document::stageChanged, &Document::stageMoved,
           &Document::stageRemoved);
    follow(&Document::laneInserted, &Document::laneChanged, &Document::laneMoved,
           &Document::laneRemoved);
    follow(&Document::cardAdded, &Document::cardChanged, &Document::cardMoved,
           &Document::cardRemoved);
    follow(&Document::linkAdded, &Document::linkChanged, &Document::linkRemoved);
}

void HistoryPanel::setSelectedCard(Id cardId)
{
    if (cardId == m_selectedCard)
        return;
    m_selectedCard = cardId;
    if (cardScope())
        m_refresh->request();
}

void HistoryPanel::setCardScope(bool on)
{
    (on ? m_thisCard : m_wholeMap)->setChecked(true); // refreshes when it changes
}

bool HistoryPanel::cardScope() const { return m_thisCard->isChecked(); }

void HistoryPanel::setDepartment(Id departmentId)
{
    m_department->setCurrentIndex(std::max(0, m_department->findData(departmentId)));
    m_refresh->now();
}

void HistoryPanel::setField(const QString& field)
{
    if (!field.isEmpty() && m_field->findData(field) < 0)
        m_field->addItem(historytext::fieldLabel(field), field);
    m_field->setCurrentIndex(std::max(0, m_field->findData(field)));
    m_refresh->now();
}

void HistoryPanel::setSince(Since since, const QDate& date)
{
    if (date.isValid())
        m_sinceDate->setDate(date);
    m_since->setCurrentIndex(int(since)); // refreshes when it changes
    m_refresh->now();
}

HistoryFilter HistoryPanel::filter() const
{
    HistoryFilter f;
    f.limit = limit;
    if (cardScope()) {
        f.object = HistoryObject::Card;
        f.objectId = m_selectedCard;
    }
    f.departmentId = m_department->currentData().toLongLong();
    f.field = m_field->currentData().toString();
    const QDateTime now = m_doc ? m_doc->now() : QDateTime::currentDateTimeUtc();
    switch (Since(m_since->currentIndex())) {
    case Since::Any:
        break;
    case Since::Week:
        f.since = now.addDays(-7);
        break;
    case Since::Month:
        f.since = now.addDays(-30);
        break;
    case Since::Quarter:
        f.since = now.addDays(-90);
        break;
    case Since::Date:
        f.since = m_sinceDate->date().startOfDay().toUTC();
        break;
    }
    return f;
}

QString HistoryPanel::statusText() const { return m_status->text(); }

void HistoryPanel::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_status->setPalette(p);
}

void HistoryPanel::refresh()
{
    if (m_doc && !m_refresh->isOnScreen()) {
        // Asked while not on screen (a Show event of a dock behind a tab):
        // the file is read once the panel is really seen.
        m_refresh->request();
        return;
    }
    updateDepartmentChoices();
    const HistoryRecord* current = currentRecord();
    const qint64 keep = current ? current->id : 0; // the row the user was on stays current
    m_records.clear();
    QString note;
    if (!m_doc) {
        note = tr("No map is open.");
    } else if (cardScope() && !m_selectedCard) {
        note = tr("Select one card on the canvas to see its changes.");
    } else {
        ++m_reads;
        auto read = m_doc->history(filter());
        if (read)
            m_records = std::move(read.value());
        else
            setStatus(tr("The history could not be read: %1").arg(read.error().message), true);
        if (read && m_records.isEmpty())
            note = tr("No changes recorded that match.");
        else if (m_records.size() >= limit)
            note = tr("Showing the newest %1 changes: narrow the filters to see older ones.")
                       .arg(limit);
    }
    fillList(keep);
    updateFieldChoices();
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    updateButtons();
}

void HistoryPanel::fillList(qint64 keepId)
{
    m_list->clear();
    QTreeWidgetItem* keep = nullptr;
    const QDateTime now = m_doc ? m_doc->now() : QDateTime::currentDateTimeUtc();
    // One row per step (one undo step); a step of several changes is a row
    // of its own, open, with a row per change under it.
    for (qsizetype i = 0; i < m_records.size();) {
        const HistoryRecord& first = m_records.at(i);
        qsizetype end = i + 1;
        while (end < m_records.size() && m_records.at(end).step == first.step)
            ++end;
        QTreeWidgetItem* parent = nullptr;
        if (end - i > 1) {
            parent = new QTreeWidgetItem(m_list);
            const QString text =
                first.text.isEmpty() ? tr("%n change(s)", nullptr, int(end - i)) : first.text;
            parent->setText(WhatColumn, text.simplified());
            parent->setText(WhenColumn, historytext::whenText(first.at, now));
            parent->setText(WhoColumn, first.who);
            qsizetype cardRecord = i; // the step's buttons act on its (first) card
            for (qsizetype k = end - 1; k >= i; --k) {
                if (m_records.at(k).change.object == HistoryObject::Card)
                    cardRecord = k;
            }
            parent->setData(WhatColumn, RecordRole, int(cardRecord));
            const QString tip =
                tr("Undo step: %1\n%2, by %3").arg(text, longWhen(first.at), first.who);
            for (int column : {WhatColumn, WhenColumn, WhoColumn})
                parent->setToolTip(column, plainToolTip(tip));
            parent->setExpanded(true);
        }
        // Under a step that changed one object, the step names it: its rows
        // name only the fields (a narrow dock keeps the values in sight).
        const bool oneObject = std::all_of(m_records.cbegin() + i, m_records.cbegin() + end,
                                           [&first](const HistoryRecord& r) {
                                               return r.change.object == first.change.object &&
                                                      r.change.objectId == first.change.objectId;
                                           });
        const bool withSubject = !cardScope() && !(parent && oneObject);
        for (qsizetype k = i; k < end; ++k) {
            QTreeWidgetItem* row = addRecordRow(parent, int(k), withSubject);
            if (keepId && m_records.at(k).id == keepId)
                keep = row;
        }
        i = end;
    }
    if (keep)
        m_list->setCurrentItem(keep);
}

QTreeWidgetItem* HistoryPanel::addRecordRow(QTreeWidgetItem* parent, int index, bool withSubject)
{
    const HistoryRecord& r = m_records.at(index);
    auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_list);
    // One line in the row (a description may hold line breaks); all of it in
    // the tool tip, as plain text.
    const QString what = historytext::describe(r.change, m_doc, withSubject);
    item->setText(WhatColumn, what.simplified());
    if (!parent) { // under a step, the step says when and who
        const QDateTime now = m_doc ? m_doc->now() : QDateTime::currentDateTimeUtc();
        item->setText(WhenColumn, historytext::whenText(r.at, now));
        item->setText(WhoColumn, r.who);
    }
    item->setData(WhatColumn, RecordRole, index);
    const QString tip =
        tr("%1\n\nUndo step: %2\n%3, by %4")
            .arg(historytext::describeInFull(r.change, m_doc), r.text, longWhen(r.at), r.who);
    for (int column : {WhatColumn, WhenColumn, WhoColumn})
        item->setToolTip(column, plainToolTip(tip));
    return item;
}

void HistoryPanel::updateDepartmentChoices()
{
    QList<std::pair<QString, Id>> choices{{tr("All departments"), 0}};
    for (Id id : m_doc ? m_doc->departmentIds() : QList<Id>()) {
        if (const Department* d = m_doc->department(id))
            choices.append({d->name, id});
    }
    bool same = m_department->count() == choices.size();
    for (int i = 0; same && i < choices.size(); ++i)
        same = m_department->itemText(i) == choices.at(i).first &&
               m_department->itemData(i).toLongLong() == choices.at(i).second;
    if (same)
        return;
    const Id current = m_department->currentData().toLongLong();
    const QSignalBlocker block(m_department);
    m_department->clear();
    for (const auto& [name, id] : choices) {
        m_department->addItem(name, qint64(id));
        m_department->setItemData(m_department->count() - 1, plainToolTip(name), Qt::ToolTipRole);
    }
    m_department->setCurrentIndex(std::max(0, m_department->findData(qint64(current))));
}

void HistoryPanel::updateFieldChoices()
{
    const QString current = m_field->currentData().toString();
    if (!current.isEmpty() && !m_fieldsSeen.contains(current))
        m_fieldsSeen.append(current); // the one asked for stays, matched or not
    for (const HistoryRecord& r : std::as_const(m_records)) {
        if (!r.change.field.isEmpty() && !m_fieldsSeen.contains(r.change.field))
            m_fieldsSeen.append(r.change.field);
    }
    QStringList fields = m_fieldsSeen;
    std::sort(fields.begin(), fields.end(), [](const QString& a, const QString& b) {
        return historytext::fieldLabel(a).localeAwareCompare(historytext::fieldLabel(b)) < 0;
    });
    if (m_field->count() == fields.size() + 1) {
        bool same = true;
        for (int i = 0; same && i < fields.size(); ++i)
            same = m_field->itemData(i + 1).toString() == fields.at(i);
        if (same)
            return;
    }
    const QSignalBlocker block(m_field);
    m_field->clear();
    m_field->addItem(tr("Any field"), QString());
    for (const QString& field : std::as_const(fields))
        m_field->addItem(historytext::fieldLabel(field), field);
    m_field->setCurrentIndex(std::max(0, m_field->findData(current)));
}

const HistoryRecord* HistoryPanel::currentRecord() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return nullptr;
    const int index = item->data(WhatColumn, RecordRole).toInt();
    return index >= 0 && index < m_records.size() ? &m_records.at(index) : nullptr;
}

Id HistoryPanel::currentCard() const
{
    const HistoryRecord* r = currentRecord();
    if (!r || !m_doc)
        return 0;
    Id id = 0;
    if (r->change.object == HistoryObject::Card) {
        id = r->change.objectId;
    } else if (r->change.object == HistoryObject::Link) { // a link shows its start
        const QJsonValue form = r->change.after.isObject() ? r->change.after : r->change.before;
        id = form[QLatin1String("from")].toInteger();
    }
    return m_doc->card(id) ? id : 0;
}

void HistoryPanel::updateButtons()
{
    const HistoryRecord* r = currentRecord();
    const bool card = r && r->change.object == HistoryObject::Card;
    const bool writable = m_doc && !m_doc->isReadOnly();
    m_show->setEnabled(currentCard() != 0);
    // Before it was added, and after it was removed, there was no card.
    m_before->setEnabled(card && writable && r->change.action != HistoryAction::Add);
    m_after->setEnabled(card && writable && r->change.action != HistoryAction::Remove);
}

void HistoryPanel::showMenu(const QPoint& pos)
{
    if (QTreeWidgetItem* item = m_list->itemAt(pos))
        m_list->setCurrentItem(item);
    if (!currentRecord())
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("mapHistoryMenu"));
    for (QPushButton* b : {m_show, m_before, m_after}) {
        QAction* a = menu.addAction(b->toolTip().section(QLatin1String(" ("), 0, 0));
        a->setEnabled(b->isEnabled());
        connect(a, &QAction::triggered, b, &QPushButton::click);
    }
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

void HistoryPanel::showOnCanvas()
{
    if (const Id id = currentCard()) {
        emit cardActivated(id);
    } else if (currentRecord()) {
        setStatus(tr("That card is no longer on the map."));
    }
}

void HistoryPanel::restore(bool after)
{
    const HistoryRecord* r = currentRecord();
    if (!m_doc || !r || r->change.object != HistoryObject::Card)
        return;
    if (m_doc->isReadOnly()) {
        setStatus(tr("This map is read-only: %1").arg(m_doc->readOnlyReason()), true);
        return;
    }
    const Id cardId = r->change.objectId;
    if (m_doc->card(cardId)) {
        if (const QString why = m_doc->cardRefusal(cardId); !why.isEmpty()) {
            setStatus(why, true);
            return;
        }
    }
    // The record's time is the moment the change was written: a millisecond
    // earlier the card was as the change found it.
    const QDateTime when = after ? r->at : r->at.addMSecs(-1);
    const QString label = shortened(r->change.label);
    const int steps = m_doc->undoStack()->index();
    const Result<Id> restored = edit::restoreCard(*m_doc, cardId, when);
    if (!restored) {
        setStatus(restored.error().message, true);
    } else if (m_doc->undoStack()->index() == steps) {
        setStatus(tr("“%1” is already as it was then.").arg(label));
    } else {
        setStatus(after ? tr("Restored “%1” as it was after this change (Undo takes "
                             "it back).")
                              .arg(label)
                        : tr("Restored “%1” as it was before this change (Undo takes "
                             "it back).")
                              .arg(label));
    }
}

} // namespace cx
