#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtEndian>

namespace ecluse {

// Unambiguous bytes for hashing and MACs: each field as a 4-byte big-endian length, then its
// bytes, so that no two different sequences of fields encode alike ("ab" + "c" ≠ "a" + "bc").
class CanonicalBytes
{
public:
    explicit CanonicalBytes(QByteArrayView context) { add(context); }

    CanonicalBytes& add(QByteArrayView field)
    {
        char length[4];
        qToBigEndian(static_cast<quint32>(field.size()), length);
        m_bytes.append(length, 4);
        m_bytes.append(field);
        return *this;
    }
    CanonicalBytes& add(qint64 number)
    {
        char bytes[8];
        qToBigEndian(static_cast<quint64>(number), bytes);
        return add(QByteArrayView(bytes, 8));
    }

    const QByteArray& bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

} // namespace ecluse
