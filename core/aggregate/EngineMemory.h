#pragma once

#include <openssl/crypto.h>

#include <cstddef>
#include <memory>
#include <utility>

namespace ecluse::engine {

// An array of plain values that is zeroed before its memory goes back to the allocator: the
// engine's columns are decrypted health data, and freed heap pages are reused by anything.
// Not value-initialised on construction: every element is written by the loader before use.
template <typename T> class WipedArray
{
public:
    WipedArray() = default;
    explicit WipedArray(std::size_t size)
        : m_data(size ? std::make_unique_for_overwrite<T[]>(size) : nullptr)
        , m_size(size)
    {}
    ~WipedArray() { reset(); }
    WipedArray(WipedArray&& other) noexcept
        : m_data(std::move(other.m_data))
        , m_size(std::exchange(other.m_size, 0))
    {}
    WipedArray& operator=(WipedArray&& other) noexcept
    {
        if (this != &other) {
            reset();
            m_data = std::move(other.m_data);
            m_size = std::exchange(other.m_size, 0);
        }
        return *this;
    }
    WipedArray(const WipedArray&) = delete;
    WipedArray& operator=(const WipedArray&) = delete;

    void reset()
    {
        if (m_data)
            OPENSSL_cleanse(m_data.get(), bytes());
        m_data.reset();
        m_size = 0;
    }

    T* data() noexcept { return m_data.get(); }
    const T* data() const noexcept { return m_data.get(); }
    std::size_t size() const noexcept { return m_size; }
    std::size_t bytes() const noexcept { return m_size * sizeof(T); }
    bool empty() const noexcept { return m_size == 0; }
    T& operator[](std::size_t i) noexcept { return m_data[i]; }
    const T& operator[](std::size_t i) const noexcept { return m_data[i]; }

private:
    std::unique_ptr<T[]> m_data;
    std::size_t m_size = 0;
};

} // namespace ecluse::engine
