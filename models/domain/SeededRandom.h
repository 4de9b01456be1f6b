// SPDX-License-Identifier: GPL-3.0-or-later
// A small, fully specified PRNG (xoshiro256** seeded through SplitMix64): one seed gives the
// same demo data, benchmark rows and queries on every run, platform and Qt version.
#pragma once

#include <QtGlobal>

#include <bit>
#include <cstddef>
#include <iterator>

namespace ClientDesk {

class SeededRandom
{
public:
    // Streams of one seed are independent sequences, so one part of a data set can be
    // replayed without the others.
    explicit SeededRandom(quint64 seed, quint64 stream = 0)
    {
        seed ^= stream * 0xD1B54A32D192ED03ULL;
        for (quint64 &word : m_state) {
            seed += 0x9E3779B97F4A7C15ULL;
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
            word = z ^ (z >> 31);
        }
    }

    quint64 next()
    {
        const quint64 result = std::rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = std::rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, n) for 0 < n < 2^32.
    qint64 below(qint64 n) { return qint64(((next() >> 32) * quint64(n)) >> 32); }
    // Uniform in [low, high].
    qint64 between(qint64 low, qint64 high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }

    template<typename Range>
    const auto &pick(const Range &items)
    {
        Q_ASSERT(std::size(items) > 0);
        return items[std::size_t(below(qint64(std::size(items))))];
    }

private:
    quint64 m_state[4] = {};
};

} // namespace ClientDesk
