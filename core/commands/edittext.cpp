#include "edittext.h"

#include "model/linkrules.h"
#include "model/shorttext.h"

#include <QCoreApplication>

namespace cx::edit {

namespace {

// The context of this file's messages for the translators (lupdate reads it).
struct CommandsTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::Commands)
};

constexpr int shortValue = 24; // longer values are not spelled out

QString levelText(Level v)
{
    switch (v) {
    case Level::None:
        return CommandsTr::tr("None");
    case Level::Low:
        return CommandsTr::tr("Low");
    case Level::Medium:
        return CommandsTr::tr("Medium");
    case Level::High:
        return CommandsTr::tr("High");
    }
    return {};
}

QString evidenceText(Evidence v)
{
    switch (v) {
    case Evidence::Observed:
        return CommandsTr::tr("Observed");
    case Evidence::Assumed:
        return CommandsTr::tr("Assumed");
    case Evidence::Proposed:
        return CommandsTr::tr("Proposed");
    }
    return {};
}

QString statusText(CardStatus v)
{
    switch (v) {
    case CardStatus::Open:
        return CommandsTr::tr("Open");
    case CardStatus::InProgress:
        return CommandsTr::tr("In progress");
    case CardStatus::Done:
        return CommandsTr::tr("Done");
    case CardStatus::Dropped:
        return CommandsTr::tr("Dropped");
    }
    return {};
}

QString emotionText(const std::optional<int>& v)
{
    if (!v)
        return CommandsTr::tr("not rated");
    return *v > 0 ? QStringLiteral("+%1").arg(*v) : QString::number(*v).replace('-', QChar(0x2212));
}

QString ownerText(const Document& doc, Id id)
{
    const Department* d = id ? doc.department(id) : nullptr;
    return d ? d->name : CommandsTr::tr("Unowned");
}

// One field's name and, when it has a short one, its value on a card.
struct FieldText
{
    CardField field;
    const char* name;
    QString (*value)(const Document&, const Card&); // null: not spelled out
};

const QList<FieldText>& fieldTexts()
{
    static const QList<FieldText> texts{
        {CardField::Title, QT_TRANSLATE_NOOP("cx::Commands", "Title"), nullptr},
        {CardField::Description, QT_TRANSLATE_NOOP("cx::Commands", "Description"), nullptr},
        {CardField::Channel, QT_TRANSLATE_NOOP("cx::Commands", "Channel"),
         [](const Document&, const Card& c) { return c.channel; }},
        {CardField::Accountable, QT_TRANSLATE_NOOP("cx::Commands", "Owner"),
         [](const Document& d, const Card& c) { return ownerText(d, c.accountableId); }},
        {CardField::Contributing, QT_TRANSLATE_NOOP("cx::Commands", "Contributors"), nullptr},
        {CardField::Emotion, QT_TRANSLATE_NOOP("cx::Commands", "Emotion"),
         [](const Document&, const Card& c) { return emotionText(c.emotion); }},
        {CardField::Evidence, QT_TRANSLATE_NOOP("cx::Commands", "Evidence"),
         [](const Document&, const Card& c) { return evidenceText(c.evidence); }},
        {CardField::Severity, QT_TRANSLATE_NOOP("cx::Commands", "Pain severity"),
         [](const Document&, const Card& c) { return levelText(c.severity); }},
        {CardField::Impact, QT_TRANSLATE_NOOP("cx::Commands", "Opportunity impact"),
         [](const Document&, const Card& c) { return levelText(c.impact); }},
        {CardField::Kpis, QT_TRANSLATE_NOOP("cx::Commands", "KPIs"), nullptr},
        {CardField::Votes, QT_TRANSLATE_NOOP("cx::Commands", "Votes"),
         [](const Document&, const Card& c) { return QString::number(c.votes); }},
        {CardField::Status, QT_TRANSLATE_NOOP("cx::Commands", "Status"),
         [](const Document&, const Card& c) { return statusText(c.status); }},
        {CardField::Tags, QT_TRANSLATE_NOOP("cx::Commands", "Tags"), nullptr},
        {CardField::Comments, QT_TRANSLATE_NOOP("cx::Commands", "Comments"), nullptr},
    };
    return texts;
}

QString oneFieldText(const Document& doc, const FieldText& f, const Card& before, const Card& after)
{
    const QString card = quotedTitle(before.title);
    if (f.field == CardField::Title)
        return CommandsTr::tr("Rename %1 to %2").arg(card, quotedTitle(after.title));
    const QString name = CommandsTr::tr(f.name);
    if (f.value) {
        const QString from = f.value(doc, before);
        const QString to = f.value(doc, after);
        if (from.size() <= shortValue && to.size() <= shortValue)
            return CommandsTr::tr("%1 of %2: %3 → %4")
                .arg(name, card, from.isEmpty() ? CommandsTr::tr("none") : from,
                     to.isEmpty() ? CommandsTr::tr("none") : to);
    }
    return CommandsTr::tr("%1 of %2").arg(name, card);
}

} // namespace

QString quotedTitle(const QString& title, int max)
{
    const QString t = title.simplified();
    if (t.isEmpty())
        return CommandsTr::tr("untitled card");
    const QString cut = t.size() <= max ? t : t.left(max - 1).trimmed() + QChar(0x2026);
    return inQuotes(cut);
}

QString cardEditText(const Document& doc, const Card& before, const Card& after)
{
    const CardFields changed = changedFields(before, after);
    QList<const FieldText*> fields;
    for (const FieldText& f : fieldTexts()) {
        if (changed.testFlag(f.field))
            fields.append(&f);
    }
    if (fields.isEmpty())
        return CommandsTr::tr("Edit %1").arg(quotedTitle(after.title));
    if (fields.size() == 1)
        return oneFieldText(doc, *fields.first(), before, after);
    QStringList names;
    for (const FieldText* f : fields)
        names << CommandsTr::tr(f->name);
    return CommandsTr::tr("Edit %1: %2")
        .arg(quotedTitle(after.title), names.join(QStringLiteral(", ")));
}

QString linkText(const Document& doc, const Link& link)
{
    const Card* from = doc.card(link.fromCardId);
    const Card* to = doc.card(link.toCardId);
    return linkPhrase(link.type, quotedTitle(from ? from->title : QString(), 20),
                      quotedTitle(to ? to->title : QString(), 20));
}

QString linkEditText(const Document& doc, const Link& before, const Link& after)
{
    const QString link = linkText(doc, before);
    const bool reversed = before.fromCardId != after.fromCardId;
    const bool retyped = before.type != after.type;
    const bool relabelled = before.label != after.label;
    if (reversed && !retyped && !relabelled)
        return CommandsTr::tr("Reverse link %1").arg(link);
    if (retyped && !reversed && !relabelled)
        return CommandsTr::tr("Type of link %1: %2 → %3")
            .arg(link, linkTypeWords(before.type), linkTypeWords(after.type));
    if (relabelled && !reversed && !retyped) {
        const auto value = [](const QString& label) {
            return label.isEmpty() ? CommandsTr::tr("none") : quotedTitle(label);
        };
        return CommandsTr::tr("Label of link %1: %2 → %3")
            .arg(link, value(before.label), value(after.label));
    }
    return CommandsTr::tr("Edit link %1").arg(link);
}

} // namespace cx::edit
