// The Windows administrative templates (packaging/windows/policy) against the code that reads the
// values they write: one policy per key loadPolicy() knows and none other, each with the registry
// type, range and choices the loader accepts, and both languages complete.

#include "common/Error.h"
#include "policy/PolicyLoader.h"
#include "policy/PolicySource.h"

#include <QFile>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

#include <map>
#include <optional>
#include <vector>

using namespace ecluse;

namespace {

const QString templatesFolder = QStringLiteral(ECLUSE_POLICY_TEMPLATES);
const QString definitionsNamespace =
    QStringLiteral("http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions");
// Where Écluse reads managed policy on Windows (core/policy/PolicySource.cpp), below HKLM.
const QString managedKey = QStringLiteral("Software\\Policies\\Ecluse");
const QStringList languages{QStringLiteral("en-US"), QStringLiteral("fr-FR")};

// An element with its attributes, its text and its child elements. The templates are small
// enough to hold whole, and the checks read better on a tree than on a stream.
struct Node
{
    QString name;
    QXmlStreamAttributes attributes;
    QString text;
    std::vector<Node> children;

    QString attribute(const QString& attributeName) const { return attributes.value(attributeName).toString(); }
    bool has(const QString& attributeName) const { return attributes.hasAttribute(attributeName); }

    std::vector<const Node*> all(const QString& childName) const
    {
        std::vector<const Node*> found;
        for (const Node& child : children) {
            if (child.name == childName)
                found.push_back(&child);
        }
        return found;
    }

    // The one child of that name; nullptr when there is none, or more than one.
    const Node* one(const QString& childName) const
    {
        const auto found = all(childName);
        return found.size() == 1 ? found.front() : nullptr;
    }

    // Every element below this one, depth first.
    void descendants(std::vector<const Node*>& found) const
    {
        for (const Node& child : children) {
            found.push_back(&child);
            child.descendants(found);
        }
    }
};

// The element the reader stands on, with everything inside it.
Node readElement(QXmlStreamReader& reader)
{
    Node node{reader.name().toString(), reader.attributes(), {}, {}};
    if (reader.namespaceUri() != definitionsNamespace) {
        reader.raiseError(QStringLiteral("element %1 is not in the PolicyDefinitions namespace")
                              .arg(reader.qualifiedName().toString()));
        return node;
    }
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            node.children.push_back(readElement(reader));
            break;
        case QXmlStreamReader::Characters:
            node.text += reader.text();
            break;
        case QXmlStreamReader::EndElement:
            return node;
        default:
            break;
        }
    }
    return node;
}

std::optional<Node> readTemplate(const QString& path, QString& error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QXmlStreamReader reader(&file);
    std::optional<Node> root;
    if (reader.readNextStartElement())
        root = readElement(reader);
    while (!reader.atEnd())
        reader.readNext();
    if (reader.hasError() || !root) {
        error = QStringLiteral("%1:%2: %3")
                    .arg(path, QString::number(reader.lineNumber()),
                         reader.hasError() ? reader.errorString() : QStringLiteral("no root element"));
        return std::nullopt;
    }
    return root;
}

// "A, B, C", sorted, for messages.
QString listed(const QSet<QString>& names)
{
    QStringList sorted(names.begin(), names.end());
    sorted.sort();
    return sorted.join(QStringLiteral(", "));
}

// "$(string.Name)" -> "Name"; empty for anything else.
QString referenced(const QString& kind, const QString& reference)
{
    const QString prefix = QStringLiteral("$(") + kind + QLatin1Char('.');
    if (!reference.startsWith(prefix) || !reference.endsWith(QLatin1Char(')')))
        return {};
    return reference.mid(prefix.size(), reference.size() - prefix.size() - 1);
}

// The presentation control the Group Policy editor shows for each kind of element.
const std::map<QString, QStringList> controlsFor{
    {QStringLiteral("decimal"), {QStringLiteral("decimalTextBox")}},
    {QStringLiteral("enum"), {QStringLiteral("dropdownList")}},
    {QStringLiteral("text"), {QStringLiteral("textBox"), QStringLiteral("comboBox")}},
    {QStringLiteral("multiText"), {QStringLiteral("multiTextBox")}},
    {QStringLiteral("boolean"), {QStringLiteral("checkBox")}},
    {QStringLiteral("list"), {QStringLiteral("listBox")}},
};

QString kindName(PolicyKeyInfo::Kind kind)
{
    switch (kind) {
    case PolicyKeyInfo::Kind::Integer:
        return QStringLiteral("integer");
    case PolicyKeyInfo::Kind::Boolean:
        return QStringLiteral("boolean");
    case PolicyKeyInfo::Kind::Choice:
        return QStringLiteral("choice");
    case PolicyKeyInfo::Kind::List:
        return QStringLiteral("list");
    case PolicyKeyInfo::Kind::Text:
        return QStringLiteral("text");
    }
    return {};
}

// The value the loader shows for `key` after reading `value` as managed policy, or the error.
struct Loaded
{
    std::optional<QString> shown;
    QString error;
};
Loaded loadManaged(const QString& key, const QString& value)
{
    try {
        const LoadedPolicy loaded = loadPolicy(MapPolicySource({{key, value}}));
        for (const PolicyEntry& entry : loaded.entries) {
            if (entry.key == key)
                return {entry.value, {}};
        }
        return {std::nullopt, QStringLiteral("no entry for %1").arg(key)};
    } catch (const Error& error) {
        return {std::nullopt, error.message()};
    }
}

// A valid item of each list, as one line of a REG_MULTI_SZ value.
QString sampleItem(const QString& key, int index)
{
    if (key.endsWith(QLatin1String("Keys")))
        return QString::fromLatin1(QByteArray(32, static_cast<char>('A' + index)).toBase64());
    return QStringLiteral("D:\\Ecluse\\folder %1").arg(index);
}

// Whether the children of `node` come in the order `order` gives, each name once unless the schema
// lets it repeat, and those in `required` all present.
bool childrenFollow(const Node& node, const QStringList& order, const QStringList& required)
{
    qsizetype position = 0;
    QStringList seen;
    for (const Node& child : node.children) {
        const qsizetype at = order.indexOf(child.name, position);
        const bool repeatable = child.name == QLatin1String("annotation") || child.name == QLatin1String("seeAlso") ||
                                child.name == QLatin1String("supersededAdm");
        if (at < 0 || (seen.contains(child.name) && !repeatable)) {
            qWarning("%s: child %s out of place", qPrintable(node.name), qPrintable(child.name));
            return false;
        }
        position = at;
        seen << child.name;
    }
    for (const QString& name : required) {
        if (!seen.contains(name)) {
            qWarning("%s: no %s", qPrintable(node.name), qPrintable(name));
            return false;
        }
    }
    return true;
}

} // namespace

class TestPolicyTemplates : public QObject
{
    Q_OBJECT

private:
    Node m_admx;
    std::map<QString, Node> m_adml; // by language
    std::map<QString, PolicyKeyInfo> m_keys;
    std::map<QString, QString> m_defaults; // the value each key has when nothing sets it

    // The policy that writes `key`; nullptr when none does, or more than one.
    const Node* policyFor(const QString& key) const
    {
        std::vector<const Node*> policies;
        for (const Node* policy : m_admx.one(QStringLiteral("policies"))->all(QStringLiteral("policy"))) {
            if (policy->attribute(QStringLiteral("valueName")) == key)
                policies.push_back(policy);
            if (const Node* elements = policy->one(QStringLiteral("elements"))) {
                for (const Node& element : elements->children) {
                    if (element.attribute(QStringLiteral("valueName")) == key)
                        policies.push_back(policy);
                }
            }
        }
        return policies.size() == 1 ? policies.front() : nullptr;
    }

    // The one element of the policy that writes `key`; nullptr when there is not exactly one.
    const Node* onlyElement(const QString& key) const
    {
        const Node* policy = policyFor(key);
        const Node* elements = policy ? policy->one(QStringLiteral("elements")) : nullptr;
        return elements && elements->children.size() == 1 ? &elements->children.front() : nullptr;
    }

    std::vector<const Node*> policies() const
    {
        return m_admx.one(QStringLiteral("policies"))->all(QStringLiteral("policy"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        const auto admx = readTemplate(templatesFolder + QStringLiteral("/ecluse.admx"), error);
        QVERIFY2(admx, qPrintable(error));
        m_admx = *admx;
        QCOMPARE(m_admx.name, QStringLiteral("policyDefinitions"));
        QVERIFY(m_admx.one(QStringLiteral("policies")));
        for (const QString& language : languages) {
            const auto adml =
                readTemplate(templatesFolder + QLatin1Char('/') + language + QStringLiteral("/ecluse.adml"), error);
            QVERIFY2(adml, qPrintable(error));
            QCOMPARE(adml->name, QStringLiteral("policyDefinitionResources"));
            QVERIFY(adml->one(QStringLiteral("resources")));
            m_adml[language] = *adml;
        }

        for (const PolicyKeyInfo& info : policyKeys())
            QVERIFY2(m_keys.emplace(info.key, info).second, qPrintable(info.key));
        QVERIFY(!m_keys.empty());
        for (const PolicyEntry& entry : loadPolicy(MapPolicySource()).entries)
            m_defaults[entry.key] = entry.value;
    }

    void everyManagedKeyHasExactlyOnePolicyTemplate()
    {
        std::map<QString, int> written; // value name -> how many policies write it
        for (const Node* policy : policies()) {
            const QString name = policy->attribute(QStringLiteral("name"));
            QCOMPARE(policy->attribute(QStringLiteral("key")), managedKey);
            // Écluse reads HKEY_LOCAL_MACHINE only: a user policy would write where nothing looks.
            QCOMPARE(policy->attribute(QStringLiteral("class")), QStringLiteral("Machine"));
            QStringList values;
            if (policy->has(QStringLiteral("valueName")))
                values << policy->attribute(QStringLiteral("valueName"));
            if (const Node* elements = policy->one(QStringLiteral("elements"))) {
                for (const Node& element : elements->children) {
                    // An element's own key would write outside the key Écluse reads.
                    QVERIFY2(!element.has(QStringLiteral("key")), qPrintable(name));
                    values << element.attribute(QStringLiteral("valueName"));
                }
            }
            // One value per policy, named as the key: administrators find it under that name.
            QCOMPARE(values, QStringList{name});
            ++written[name];
        }
        QSet<QString> inTemplates;
        for (const auto& [value, count] : written) {
            QVERIFY2(count == 1, qPrintable(QStringLiteral("%1 is written by %2 policies").arg(value).arg(count)));
            inTemplates.insert(value);
        }
        QSet<QString> inCode;
        for (const auto& [key, info] : m_keys)
            inCode.insert(key);
        QVERIFY2((inCode - inTemplates).isEmpty(),
                 qPrintable(QStringLiteral("no policy writes ") + listed(inCode - inTemplates)));
        QVERIFY2((inTemplates - inCode).isEmpty(),
                 qPrintable(QStringLiteral("Écluse does not read ") + listed(inTemplates - inCode)));
    }

    void everyIntegerIsADecimalWithTheRangeTheLoaderAccepts()
    {
        for (const auto& [key, info] : m_keys) {
            if (info.kind != PolicyKeyInfo::Kind::Integer)
                continue;
            const Node* only = onlyElement(key);
            QVERIFY2(only, qPrintable(key + QStringLiteral(": not one policy with one element")));
            const Node& element = *only;
            QCOMPARE(element.name, QStringLiteral("decimal"));
            QCOMPARE(element.attribute(QStringLiteral("minValue")), QString::number(info.minimum));
            QCOMPARE(element.attribute(QStringLiteral("maxValue")), QString::number(info.maximum));
            // A REG_DWORD: the registry reader takes it as the number it holds.
            QVERIFY2(element.attribute(QStringLiteral("storeAsText")) != QLatin1String("true"), qPrintable(key));
            QCOMPARE(element.attribute(QStringLiteral("required")), QStringLiteral("true"));
            QVERIFY2(element.attribute(QStringLiteral("soft")) != QLatin1String("true"), qPrintable(key));
        }
    }

    void everyBooleanIsEnabledForTrueAndDisabledForFalse()
    {
        for (const auto& [key, info] : m_keys) {
            if (info.kind != PolicyKeyInfo::Kind::Boolean)
                continue;
            const Node* found = policyFor(key);
            QVERIFY2(found, qPrintable(key + QStringLiteral(": not exactly one policy")));
            const Node& policy = *found;
            QVERIFY2(!policy.one(QStringLiteral("elements")), qPrintable(key));
            QVERIFY2(!policy.has(QStringLiteral("presentation")), qPrintable(key));
            for (const auto& [state, value] : {std::pair{QStringLiteral("enabledValue"), QStringLiteral("1")},
                                               std::pair{QStringLiteral("disabledValue"), QStringLiteral("0")}}) {
                const Node* holder = policy.one(state);
                QVERIFY2(holder && holder->children.size() == 1, qPrintable(key + QLatin1Char(' ') + state));
                const Node& decimal = holder->children.front();
                QCOMPARE(decimal.name, QStringLiteral("decimal"));
                QCOMPARE(decimal.attribute(QStringLiteral("value")), value);
            }
        }
    }

    void everyModeOffersExactlyTheValuesTheLoaderAccepts()
    {
        for (const auto& [key, info] : m_keys) {
            if (info.kind != PolicyKeyInfo::Kind::Choice)
                continue;
            const Node* only = onlyElement(key);
            QVERIFY2(only, qPrintable(key + QStringLiteral(": not one policy with one element")));
            const Node& element = *only;
            QCOMPARE(element.name, QStringLiteral("enum"));
            QCOMPARE(element.attribute(QStringLiteral("required")), QStringLiteral("true"));
            QStringList offered;
            for (const Node* item : element.all(QStringLiteral("item"))) {
                const Node* value = item->one(QStringLiteral("value"));
                QVERIFY2(value && value->children.size() == 1, qPrintable(key));
                // A REG_SZ spelled as the loader compares it.
                QCOMPARE(value->children.front().name, QStringLiteral("string"));
                offered << value->children.front().text;
            }
            QCOMPARE(offered, info.choices);
        }
    }

    void everyListIsAMultiStringAndEveryTextASingleString()
    {
        for (const auto& [key, info] : m_keys) {
            if (info.kind != PolicyKeyInfo::Kind::List && info.kind != PolicyKeyInfo::Kind::Text)
                continue;
            const Node* only = onlyElement(key);
            QVERIFY2(only, qPrintable(key + QStringLiteral(": not one policy with one element")));
            const Node& element = *only;
            // REG_MULTI_SZ for a list (the registry reader joins its items with commas), REG_SZ for
            // a text. Never REG_EXPAND_SZ: the reader refuses it.
            QCOMPARE(element.name,
                     info.kind == PolicyKeyInfo::Kind::List ? QStringLiteral("multiText") : QStringLiteral("text"));
            QVERIFY2(element.attribute(QStringLiteral("expandable")) != QLatin1String("true"), qPrintable(key));
            QCOMPARE(element.attribute(QStringLiteral("required")), QStringLiteral("true"));
        }
    }

    // policyKeys() describes what the loader does, not what someone believes it does: every
    // range, choice and kind is tried on loadPolicy() itself.
    void theLoaderAcceptsExactlyWhatPolicyKeysDescribes()
    {
        for (const auto& [key, info] : m_keys) {
            const QString context = key + QStringLiteral(" (") + kindName(info.kind) + QLatin1Char(')');
            switch (info.kind) {
            case PolicyKeyInfo::Kind::Integer:
                QVERIFY2(info.minimum <= info.maximum, qPrintable(context));
                QCOMPARE(loadManaged(key, QString::number(info.minimum)).shown, QString::number(info.minimum));
                QCOMPARE(loadManaged(key, QString::number(info.maximum)).shown, QString::number(info.maximum));
                QVERIFY2(!loadManaged(key, QString::number(qint64(info.minimum) - 1)).shown, qPrintable(context));
                QVERIFY2(!loadManaged(key, QString::number(qint64(info.maximum) + 1)).shown, qPrintable(context));
                break;
            case PolicyKeyInfo::Kind::Boolean:
                // A REG_DWORD of 1 or 0, as the registry reader passes it on.
                QCOMPARE(loadManaged(key, QStringLiteral("1")).shown, QStringLiteral("true"));
                QCOMPARE(loadManaged(key, QStringLiteral("0")).shown, QStringLiteral("false"));
                QVERIFY2(!loadManaged(key, QStringLiteral("2")).shown, qPrintable(context));
                break;
            case PolicyKeyInfo::Kind::Choice:
                QVERIFY2(!info.choices.isEmpty(), qPrintable(context));
                for (const QString& choice : info.choices)
                    QCOMPARE(loadManaged(key, choice).shown, choice);
                QVERIFY2(!loadManaged(key, QStringLiteral("allow")).shown, qPrintable(context));
                break;
            case PolicyKeyInfo::Kind::List: {
                const QString items = sampleItem(key, 0) + QLatin1Char(',') + sampleItem(key, 1);
                const Loaded loaded = loadManaged(key, items);
                QVERIFY2(loaded.shown, qPrintable(context + QStringLiteral(": ") + loaded.error));
                QCOMPARE(loaded.shown->split(QLatin1Char(',')).size(), 2);
                break;
            }
            case PolicyKeyInfo::Kind::Text:
                QCOMPARE(loadManaged(key, QStringLiteral("D:\\Ecluse, seals")).shown,
                         QStringLiteral("D:\\Ecluse, seals"));
                break;
            }
            if (info.kind != PolicyKeyInfo::Kind::Integer)
                QVERIFY2(info.minimum == 0 && info.maximum == 0, qPrintable(context));
            if (info.kind != PolicyKeyInfo::Kind::Choice)
                QVERIFY2(info.choices.isEmpty(), qPrintable(context));
        }
    }

    void thePresentationsOfferTheLoadersDefaults()
    {
        for (const QString& language : languages) {
            const Node& table =
                *m_adml.at(language).one(QStringLiteral("resources"))->one(QStringLiteral("presentationTable"));
            for (const auto& [key, info] : m_keys) {
                const Node* found = policyFor(key);
                QVERIFY2(found, qPrintable(key + QStringLiteral(": not exactly one policy")));
                const Node& policy = *found;
                if (!policy.has(QStringLiteral("presentation")))
                    continue;
                const QString id =
                    referenced(QStringLiteral("presentation"), policy.attribute(QStringLiteral("presentation")));
                const Node* presentation = nullptr;
                for (const Node* candidate : table.all(QStringLiteral("presentation"))) {
                    if (candidate->attribute(QStringLiteral("id")) == id)
                        presentation = candidate;
                }
                QVERIFY2(presentation && presentation->children.size() == 1,
                         qPrintable(language + QLatin1Char(' ') + key));
                const Node& control = presentation->children.front();
                const QString context = language + QLatin1Char(' ') + key;
                if (info.kind == PolicyKeyInfo::Kind::Integer) {
                    QCOMPARE(control.attribute(QStringLiteral("defaultValue")), m_defaults.at(key));
                } else if (info.kind == PolicyKeyInfo::Kind::Choice) {
                    QCOMPARE(control.attribute(QStringLiteral("defaultItem")),
                             QString::number(info.choices.indexOf(m_defaults.at(key))));
                } else {
                    // No default to offer: an empty list or text means Écluse's own choice.
                    QVERIFY2(!control.has(QStringLiteral("defaultValue")) &&
                                 !control.one(QStringLiteral("defaultValue")),
                             qPrintable(context));
                }
            }
        }
    }

    void everyLanguageDefinesEveryStringAndPresentationUsedAndNoOther_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& language : languages)
            QTest::newRow(qPrintable(language)) << language;
    }

    void everyLanguageDefinesEveryStringAndPresentationUsedAndNoOther()
    {
        QFETCH(QString, language);
        const Node& resources = *m_adml.at(language).one(QStringLiteral("resources"));

        QSet<QString> stringsUsed;
        QSet<QString> presentationsUsed;
        std::vector<const Node*> everything;
        m_admx.descendants(everything);
        for (const Node* node : everything) {
            for (const QXmlStreamAttribute& attribute : node->attributes) {
                const QString value = attribute.value().toString();
                if (!value.startsWith(QLatin1String("$(")))
                    continue;
                const QString string = referenced(QStringLiteral("string"), value);
                const QString presentation = referenced(QStringLiteral("presentation"), value);
                QVERIFY2(!string.isEmpty() || !presentation.isEmpty(), qPrintable(value));
                if (!string.isEmpty())
                    stringsUsed.insert(string);
                else
                    presentationsUsed.insert(presentation);
            }
        }

        QSet<QString> stringsDefined;
        const Node* stringTable = resources.one(QStringLiteral("stringTable"));
        QVERIFY(stringTable);
        for (const Node* string : stringTable->all(QStringLiteral("string"))) {
            const QString id = string->attribute(QStringLiteral("id"));
            QVERIFY2(!stringsDefined.contains(id), qPrintable(QStringLiteral("string %1 defined twice").arg(id)));
            QVERIFY2(!string->text.trimmed().isEmpty(), qPrintable(QStringLiteral("string %1 is empty").arg(id)));
            stringsDefined.insert(id);
        }
        QCOMPARE(stringTable->children.size(), stringTable->all(QStringLiteral("string")).size());
        QVERIFY2((stringsDefined - stringsUsed).isEmpty(),
                 qPrintable(QStringLiteral("strings never used: ") + listed(stringsDefined - stringsUsed)));
        QVERIFY2((stringsUsed - stringsDefined).isEmpty(),
                 qPrintable(QStringLiteral("strings not defined: ") + listed(stringsUsed - stringsDefined)));

        std::map<QString, const Node*> presentations;
        const Node* presentationTable = resources.one(QStringLiteral("presentationTable"));
        QVERIFY(presentationTable);
        for (const Node* presentation : presentationTable->all(QStringLiteral("presentation"))) {
            const QString id = presentation->attribute(QStringLiteral("id"));
            QVERIFY2(presentations.emplace(id, presentation).second,
                     qPrintable(QStringLiteral("presentation %1 defined twice").arg(id)));
        }
        QSet<QString> presentationsDefined;
        for (const auto& [id, presentation] : presentations)
            presentationsDefined.insert(id);
        QVERIFY2((presentationsDefined - presentationsUsed).isEmpty(),
                 qPrintable(QStringLiteral("presentations never used: ") +
                            listed(presentationsDefined - presentationsUsed)));
        QVERIFY2((presentationsUsed - presentationsDefined).isEmpty(),
                 qPrintable(QStringLiteral("presentations not defined: ") +
                            listed(presentationsUsed - presentationsDefined)));

        // Each presentation shows one control per element of its policy, of the matching kind.
        for (const Node* policy : policies()) {
            const QString name = policy->attribute(QStringLiteral("name"));
            const Node* elements = policy->one(QStringLiteral("elements"));
            if (!policy->has(QStringLiteral("presentation"))) {
                QVERIFY2(!elements, qPrintable(name + QStringLiteral(": elements without a presentation")));
                continue;
            }
            QVERIFY2(elements, qPrintable(name));
            const Node& presentation = *presentations.at(
                referenced(QStringLiteral("presentation"), policy->attribute(QStringLiteral("presentation"))));
            QCOMPARE(presentation.children.size(), elements->children.size());
            for (std::size_t i = 0; i < elements->children.size(); ++i) {
                const Node& element = elements->children[i];
                const Node& control = presentation.children[i];
                QVERIFY2(controlsFor.count(element.name), qPrintable(name + QLatin1Char(' ') + element.name));
                QVERIFY2(controlsFor.at(element.name).contains(control.name),
                         qPrintable(name + QStringLiteral(": ") + element.name + QStringLiteral(" shown as ") +
                                    control.name));
                QCOMPARE(control.attribute(QStringLiteral("refId")), element.attribute(QStringLiteral("id")));
                const QString label =
                    control.one(QStringLiteral("label")) ? control.one(QStringLiteral("label"))->text : control.text;
                QVERIFY2(!label.trimmed().isEmpty(), qPrintable(name + QStringLiteral(": no label")));
            }
        }
    }

    void everyFrenchStringIsTranslated()
    {
        auto strings = [this](const QString& language) {
            std::map<QString, QString> byId;
            const Node& table =
                *m_adml.at(language).one(QStringLiteral("resources"))->one(QStringLiteral("stringTable"));
            for (const Node* string : table.all(QStringLiteral("string")))
                byId[string->attribute(QStringLiteral("id"))] = string->text;
            return byId;
        };
        const auto english = strings(QStringLiteral("en-US"));
        const auto french = strings(QStringLiteral("fr-FR"));
        // The product's name is the same in both languages.
        const QSet<QString> sameInBoth{QStringLiteral("Cat_Ecluse")};
        for (const auto& [id, text] : english) {
            QVERIFY2(french.count(id), qPrintable(id));
            if (!sameInBoth.contains(id))
                QVERIFY2(french.at(id) != text, qPrintable(QStringLiteral("%1 is not translated").arg(id)));
        }
    }

    void everyReferenceInTheTemplateIsDefinedInIt()
    {
        QSet<QString> categories;
        for (const Node* category : m_admx.one(QStringLiteral("categories"))->all(QStringLiteral("category"))) {
            const QString name = category->attribute(QStringLiteral("name"));
            QVERIFY2(!categories.contains(name), qPrintable(QStringLiteral("category %1 defined twice").arg(name)));
            categories.insert(name);
        }
        QSet<QString> supportedOn;
        for (const Node* definition : m_admx.one(QStringLiteral("supportedOn"))
                                          ->one(QStringLiteral("definitions"))
                                          ->all(QStringLiteral("definition")))
            supportedOn.insert(definition->attribute(QStringLiteral("name")));

        for (const Node* category : m_admx.one(QStringLiteral("categories"))->all(QStringLiteral("category"))) {
            if (const Node* parent = category->one(QStringLiteral("parentCategory")))
                QVERIFY2(categories.contains(parent->attribute(QStringLiteral("ref"))),
                         qPrintable(parent->attribute(QStringLiteral("ref"))));
        }
        QSet<QString> names;
        for (const Node* policy : policies()) {
            const QString name = policy->attribute(QStringLiteral("name"));
            QVERIFY2(!names.contains(name), qPrintable(QStringLiteral("policy %1 defined twice").arg(name)));
            names.insert(name);
            const Node* parent = policy->one(QStringLiteral("parentCategory"));
            QVERIFY2(parent && categories.contains(parent->attribute(QStringLiteral("ref"))), qPrintable(name));
            const Node* support = policy->one(QStringLiteral("supportedOn"));
            QVERIFY2(support && supportedOn.contains(support->attribute(QStringLiteral("ref"))), qPrintable(name));
        }
    }

    // What the ADMX schema says of the parts Écluse uses, checked here since its XSD is not ours
    // to ship: which children, in which order, and the attributes Group Policy requires.
    void theTemplatesFollowTheSchemasStructure()
    {
        QVERIFY(
            childrenFollow(m_admx,
                           {QStringLiteral("policyNamespaces"), QStringLiteral("supersededAdm"),
                            QStringLiteral("annotation"), QStringLiteral("resources"), QStringLiteral("supportedOn"),
                            QStringLiteral("categories"), QStringLiteral("policies")},
                           {QStringLiteral("policyNamespaces"), QStringLiteral("resources")}));
        const Node* target = m_admx.one(QStringLiteral("policyNamespaces"))->one(QStringLiteral("target"));
        QVERIFY(target && !target->attribute(QStringLiteral("prefix")).isEmpty() &&
                !target->attribute(QStringLiteral("namespace")).isEmpty());
        const QString minimumRevision =
            m_admx.one(QStringLiteral("resources"))->attribute(QStringLiteral("minRequiredRevision"));
        QVERIFY(!minimumRevision.isEmpty());

        for (const Node* policy : policies()) {
            const QString name = policy->attribute(QStringLiteral("name"));
            for (const char* attribute : {"name", "class", "displayName", "key"})
                QVERIFY2(!policy->attribute(QLatin1String(attribute)).isEmpty(),
                         qPrintable(name + QLatin1Char(' ') + QLatin1String(attribute)));
            QVERIFY2(childrenFollow(*policy,
                                    {QStringLiteral("annotation"), QStringLiteral("parentCategory"),
                                     QStringLiteral("seeAlso"), QStringLiteral("keywords"),
                                     QStringLiteral("supportedOn"), QStringLiteral("enabledValue"),
                                     QStringLiteral("disabledValue"), QStringLiteral("enabledList"),
                                     QStringLiteral("disabledList"), QStringLiteral("elements")},
                                    {QStringLiteral("supportedOn")}),
                     qPrintable(name));
            if (const Node* elements = policy->one(QStringLiteral("elements"))) {
                QSet<QString> ids;
                for (const Node& element : elements->children) {
                    QVERIFY2(controlsFor.count(element.name), qPrintable(name + QLatin1Char(' ') + element.name));
                    const QString id = element.attribute(QStringLiteral("id"));
                    QVERIFY2(!id.isEmpty() && !ids.contains(id), qPrintable(name));
                    ids.insert(id);
                }
            }
        }

        for (const QString& language : languages) {
            const Node& adml = m_adml.at(language);
            QVERIFY2(childrenFollow(
                         adml,
                         {QStringLiteral("displayName"), QStringLiteral("description"), QStringLiteral("annotation"),
                          QStringLiteral("resources")},
                         {QStringLiteral("displayName"), QStringLiteral("description"), QStringLiteral("resources")}),
                     qPrintable(language));
            QVERIFY2(childrenFollow(*adml.one(QStringLiteral("resources")),
                                    {QStringLiteral("stringTable"), QStringLiteral("presentationTable")}, {}),
                     qPrintable(language));
            // Group Policy ignores a language file older than the revision the template asks for.
            QVERIFY2(adml.attribute(QStringLiteral("revision")).toDouble() >= minimumRevision.toDouble(),
                     qPrintable(language));
        }
    }
};

QTEST_GUILESS_MAIN(TestPolicyTemplates)
#include "tst_policytemplates.moc"
