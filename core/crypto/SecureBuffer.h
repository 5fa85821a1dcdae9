#pragma once

#include <QByteArrayView>

#include <cstddef>
#include <span>

namespace ecluse {

// Holds secrets: passwords, keys, recovery codes. Memory comes from OpenSSL's secure heap when it
// was initialised (locked, never swapped) and is always cleansed before it is given back.
// Not copyable: a second copy of a key must be asked for with clone(), so stray copies stand out.
class SecureBuffer
{
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size);
    SecureBuffer(const void* data, std::size_t size);
    ~SecureBuffer();

    SecureBuffer(SecureBuffer&& other) noexcept;
    SecureBuffer& operator=(SecureBuffer&& other) noexcept;
    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;

    SecureBuffer clone() const;
    void append(const void* data, std::size_t size);
    void append(unsigned char byte) { append(&byte, 1); }
    // Drops trailing bytes, cleansing them.
    void truncate(std::size_t size);
    void clear();

    unsigned char* data() noexcept { return m_data; }
    const unsigned char* data() const noexcept { return m_data; }
    const char* chars() const noexcept { return reinterpret_cast<const char*>(m_data); }
    std::size_t size() const noexcept { return m_size; }
    bool isEmpty() const noexcept { return m_size == 0; }
    std::span<const unsigned char> span() const noexcept { return {m_data, m_size}; }
    // A view for passing to APIs that only read; never store it in a QByteArray.
    QByteArrayView view() const noexcept { return {m_data, static_cast<qsizetype>(m_size)}; }

    // Constant-time comparison.
    bool equals(const SecureBuffer& other) const noexcept;

    // Lowercase hexadecimal of the contents, itself a secret.
    SecureBuffer toHex() const;

private:
    void reserve(std::size_t capacity);

    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
};

// Asks OpenSSL for a locked heap for SecureBuffer; best effort (a hardened system may refuse mlock).
bool initialiseSecureHeap();

} // namespace ecluse
