#include "formats/NumberParser.h"

#include <cmath>

namespace Pantau {

namespace {

NumberParser::Result noData(const QString &reason)
{
    return {NumberParser::Outcome::NoData, 0, reason};
}

NumberParser::Result invalid(const QString &reason)
{
    return {NumberParser::Outcome::Invalid, 0, reason};
}

NumberParser::Result checked(double value, const NumberFormat &format)
{
    if (!std::isfinite(value))
        return invalid(QStringLiteral("not a finite number"));
    if (format.noData.contains(value))
        return noData(QStringLiteral("no data (the feed's \"no data\" value %1)").arg(value));
    return {NumberParser::Outcome::Number, value, {}};
}

} // namespace

NumberParser::Result NumberParser::parse(const QJsonValue &value, const NumberFormat &format)
{
    switch (value.type()) {
    case QJsonValue::Double:
        return checked(value.toDouble(), format);
    case QJsonValue::String:
        return parse(value.toString(), format);
    case QJsonValue::Null:
        return noData(QStringLiteral("no data (null)"));
    case QJsonValue::Bool:
        return invalid(QStringLiteral("expected a number, found a boolean"));
    case QJsonValue::Array:
        return invalid(QStringLiteral("expected a number, found an array"));
    case QJsonValue::Object:
        return invalid(QStringLiteral("expected a number, found an object"));
    case QJsonValue::Undefined:
        break;
    }
    return noData(QStringLiteral("no data (missing)"));
}

NumberParser::Result NumberParser::parse(const QString &original, const NumberFormat &format)
{
    QString text = original.trimmed();
    if (text.isEmpty() || text == QLatin1String("-") || text == QChar(0x2013))
        return noData(QStringLiteral("no data (\"%1\")").arg(original));
    if (format.decimalComma) {
        // Indonesian spreadsheets carry the currency and the percent sign in the cell:
        // "Rp28.500", "Rp 28.500,00", "12,5 %".
        if (text.startsWith(QLatin1String("Rp"), Qt::CaseInsensitive)) {
            text = text.mid(2);
            if (text.startsWith(u'.')) // "Rp. 28.500", as price lists often write it
                text = text.mid(1);
            text = text.trimmed();
        }
        if (text.endsWith(u'%'))
            text.chop(1);
        text.remove(u' ');
        // Thousands dots must group by three; anything else is a typo, not a number.
        const qsizetype comma = text.indexOf(u',');
        if (text.indexOf(u',', comma + 1) != -1)
            return invalid(
                QStringLiteral("expected a number, found the text \"%1\"").arg(original));
        QString whole = comma == -1 ? text : text.left(comma);
        const QString fraction = comma == -1 ? QString() : text.mid(comma + 1);
        if (whole.contains(u'.')) {
            const QStringList groups = whole.split(u'.');
            const QString lead = groups.at(0).startsWith(u'-') ? groups.at(0).mid(1) : groups.at(0);
            if (lead.isEmpty() || lead.size() > 3)
                return invalid(
                    QStringLiteral("expected a number, found the text \"%1\"").arg(original));
            for (qsizetype i = 1; i < groups.size(); ++i) {
                if (groups.at(i).size() != 3)
                    return invalid(
                        QStringLiteral("expected a number, found the text \"%1\"").arg(original));
            }
            whole.remove(u'.');
        }
        text = fraction.isNull() ? whole : whole + u'.' + fraction;
    } else if (text.contains(u',')) {
        if (text.contains(u'.') || text.count(u',') > 1)
            return invalid(QStringLiteral("ambiguous number \"%1\": set the feed's decimalComma "
                                          "if it writes 28.500 for twenty-eight thousand five "
                                          "hundred")
                               .arg(original));
        text.replace(u',', u'.');
    }

    // QString::toDouble takes no group separators and no locale: exactly one plain number.
    bool ok = false;
    const double number = text.toDouble(&ok);
    if (!ok)
        return invalid(QStringLiteral("expected a number, found the text \"%1\"").arg(original));
    return checked(number, format);
}

} // namespace Pantau
