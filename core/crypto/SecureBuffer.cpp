#include "SecureBuffer.h"

#include <openssl/crypto.h>

#include <algorithm>
#include <cstring>
#include <new>

namespace ecluse {

SecureBuffer::SecureBuffer(std::size_t size)
{
    reserve(size);
    m_size = size;
}

SecureBuffer::SecureBuffer(const void* data, std::size_t size)
{
    append(data, size);
}

SecureBuffer::~SecureBuffer()
{
    clear();
}

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
    , m_capacity(std::exchange(other.m_capacity, 0))
{}

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
    }
    return *this;
}

SecureBuffer SecureBuffer::clone() const
{
    return SecureBuffer(m_data, m_size);
}

void SecureBuffer::reserve(std::size_t capacity)
{
    if (capacity <= m_capacity)
        return;
    // Grow by copying into fresh secure memory and cleansing the old block: realloc could
    // leave a copy of the secret behind.
    auto* fresh = static_cast<unsigned char*>(OPENSSL_secure_zalloc(capacity));
    if (!fresh)
        throw std::bad_alloc();
    if (m_data) {
        std::memcpy(fresh, m_data, m_size);
        OPENSSL_secure_clear_free(m_data, m_capacity);
    }
    m_data = fresh;
    m_capacity = capacity;
}

void SecureBuffer::append(const void* data, std::size_t size)
{
    if (size == 0)
        return;
    if (m_size + size > m_capacity)
        reserve(std::max<std::size_t>({m_size + size, m_capacity * 2, 32}));
    std::memcpy(m_data + m_size, data, size);
    m_size += size;
}

void SecureBuffer::truncate(std::size_t size)
{
    if (size >= m_size)
        return;
    OPENSSL_cleanse(m_data + size, m_size - size);
    m_size = size;
}

void SecureBuffer::clear()
{
    if (m_data)
        OPENSSL_secure_clear_free(m_data, m_capacity);
    m_data = nullptr;
    m_size = 0;
    m_capacity = 0;
}

bool SecureBuffer::equals(const SecureBuffer& other) const noexcept
{
    return m_size == other.m_size && (m_size == 0 || CRYPTO_memcmp(m_data, other.m_data, m_size) == 0);
}

SecureBuffer SecureBuffer::toHex() const
{
    static constexpr char digits[] = "0123456789abcdef";
    SecureBuffer hex(m_size * 2);
    for (std::size_t i = 0; i < m_size; ++i) {
        hex.m_data[2 * i] = static_cast<unsigned char>(digits[m_data[i] >> 4]);
        hex.m_data[2 * i + 1] = static_cast<unsigned char>(digits[m_data[i] & 0x0f]);
    }
    return hex;
}

bool initialiseSecureHeap()
{
    if (CRYPTO_secure_malloc_initialized())
        return true;
    // 1 MiB holds every key and password a session needs many times over.
    return CRYPTO_secure_malloc_init(1 << 20, 32) == 1;
}

} // namespace ecluse
