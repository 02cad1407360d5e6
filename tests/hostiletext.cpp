#include "hostiletext.h"

#include "testutil.h"

#include <array>

namespace cx::test {

namespace {

const std::array<QString, 30> fragments = {
    QStringLiteral("<script>alert(1)</script>"),
    QStringLiteral("</title><script>alert(2)</script>"),
    QStringLiteral("<svg onload=alert(3)>"),
    QStringLiteral("<image href=\"file:///etc/passwd\"/>"),
    QStringLiteral("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>&e;"),
    QStringLiteral("<![CDATA[ ]]> ]]>"),
    QStringLiteral("&amp; &lt; & &#0; &#x1b;"),
    QStringLiteral("\"quoted\" 'single'"),
    QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
    QStringLiteral("+1+2"),
    QStringLiteral("-2"),
    QStringLiteral("@SUM(A1)"),
    QStringLiteral("'="),
    QStringLiteral("\tTab"),
    QStringLiteral("\rCR"),
    QStringLiteral("a,b;c|d"),
    QStringLiteral("line one\nline two"),
    QStringLiteral("\r\n"),
    QStringLiteral("  spaced  "),
    QStringLiteral("\x1b[31mred\x1b[0m\x1b]0;title\x07"),
    QStringLiteral("\x01\x02\x08\x0b\x0c\x7f"),
    QStringLiteral("\x03\x04\x05\x06 \x0e\x0f\x10\x1f"),
    QStringLiteral("\u009b31m C1"),
    QStringLiteral("\u202eevil\u202c \u200f RTL \u2066iso\u2069"),
    QStringLiteral("\U0001F600 \U0001F44D\U0001F3FD"),
    QStringLiteral("顧客体験 고객 ग्राहक"),
    QStringLiteral("\\x1b \\u0000 %s %n {0}"),
    QStringLiteral("\uFEFF BOM \uFFFD"),
    QStringLiteral("#channel @owner !pain"),
    QStringLiteral("a"),
};

} // namespace

QString hostileText(std::mt19937& rng)
{
    std::uniform_int_distribution<int> count(1, 6);
    std::uniform_int_distribution<int> pick(0, int(fragments.size()) - 1);
    QString text;
    for (int n = count(rng); n > 0; --n)
        text += fragments[size_t(pick(rng))];
    return text;
}

DocumentData hostileDocument(quint32 seed)
{
    std::mt19937 rng(seed);
    const auto t = [&rng] { return hostileText(rng); };
    DocumentData d = smallDocument();
    d.title = t();
    for (Department& dep : d.departments) {
        dep.name = t() + QString::number(dep.id); // names are unique
        dep.head = t();
        dep.description = t();
    }
    for (Persona& p : d.personas) {
        p.name = t();
        p.description = t();
        p.goals = t();
        p.frustrations = t();
    }
    for (Participant& p : d.participants)
        p.name = t() + QString::number(p.id); // names are unique
    for (Journey& j : d.journeys) {
        j.name = t();
        j.description = t();
    }
    for (Stage& s : d.stages) {
        s.name = t();
        s.description = t();
    }
    for (Lane& l : d.lanes)
        l.name = t();
    for (Card& c : d.cards) {
        c.title = t();
        c.description = t();
        c.channel = t();
        c.tags = {t(), t()};
        for (Kpi& k : c.kpis) {
            k.name = t();
            k.unit = t();
        }
        for (Comment& m : c.comments) {
            m.author = t();
            m.text = t();
        }
    }
    for (Link& l : d.links)
        l.label = t();
    return d;
}

} // namespace cx::test
