// The wall gives the allocator's free pages back to the system every hour of its clock, so a
// wall that runs for months keeps its private memory at what it really uses.

#include "HeapTrim.h"

#include "time/ScaledClock.h"
#include "time/SystemClock.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <vector>

#include <catch2/catch.hpp>

using namespace Pantau;

namespace {

// Pages only this process has, in kB: what the soak measures.
qint64 privateKb()
{
    QFile file(QStringLiteral("/proc/self/smaps_rollup"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    qint64 kb = 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("Private_Clean:") || line.startsWith("Private_Dirty:"))
            kb += line.simplified().split(' ').value(1).toLongLong();
    }
    return kb;
}

} // namespace

TEST_CASE("HeapTrim trims once an hour of the wall's clock, a simulated hour under a time scale")
{
    SystemClock system;
    // 3600x: an hour of the wall's clock is a real second.
    ScaledClock clock(&system, 3600);
    HeapTrim trim;
    QElapsedTimer elapsed;
    elapsed.start();
    trim.start(&clock);
    // Two trims come within a few seconds, and never more than one a (real) second.
    QDeadlineTimer limit(20000);
    while (trim.trims() < 2 && !limit.hasExpired())
        QTest::qWait(100);
    CHECK(trim.trims() >= 2);
    CHECK(trim.trims() <= elapsed.elapsed() / 1000 + 1);
}

// Under AddressSanitizer the allocator is the sanitizer's own, which glibc's trim does not
// reach; there the test checks only that trimming is harmless.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool GlibcAllocator = false;
#else
constexpr bool GlibcAllocator = true;
#endif

TEST_CASE("HeapTrim gives freed memory inside the heap back to the system")
{
    // 40 MB in small blocks, then all but one block in every 17 freed: 64 kB holes in the
    // middle of the heap, pinned by the blocks between them, which the allocator keeps for
    // reuse and does not return on its own.
    std::vector<std::unique_ptr<char[]>> blocks(40 * 1024 / 4);
    for (auto &block : blocks) {
        block = std::make_unique<char[]>(4096 - 64);
        std::fill_n(block.get(), 4096 - 64, 'x');
    }
    for (size_t i = 0; i < blocks.size(); ++i)
        if (i % 17 != 0)
            blocks[i].reset();
    const qint64 before = privateKb();
    HeapTrim trim;
    trim.trimNow();
    const qint64 after = privateKb();
    CAPTURE(before, after);
    CHECK(trim.trims() == 1);
    if (GlibcAllocator)
        CHECK(before - after > 20 * 1024); // of the 37 MB freed, well over half returned
    CHECK(after <= before + 1024);
}
