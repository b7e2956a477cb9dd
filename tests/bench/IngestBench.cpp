// What ingest costs (issue 7): one poll's answer read by the real reader, mapped, and applied to
// the models (indicators, history, records, alerts) through DataHub::apply, on one core, for
// the four ways data comes in: plain JSON with a mapping, a spreadsheet CSV, a CKAN DataStore
// and NGSI-v2 entities. Each at the demo's own size and at ten times it. The figure to read is
// items_per_second: samples per second. The counters say what one poll was.
//
// Every iteration applies a new poll: the clock moves on by the source's update period and the
// answer is the simulator's for that moment, so the latest value of every indicator is news to
// the models, as on a running wall. The hourly or daily rows a source re-sends with each
// report are re-sent here too, and the models drop them as they do on the wall: that is part
// of what a poll costs. The answers are built in batches outside the timed part.

#include "IngestFixture.h"

#include <benchmark/benchmark.h>
#include <string>

using namespace Pantau;

namespace {

// How many answers are built at a time, while the timer is paused.
constexpr int Batch = 32;

void ingest(benchmark::State &state, IngestFixture::Path path, int scale)
{
    IngestFixture fixture(path, scale);
    if (!fixture.error().isEmpty()) {
        state.SkipWithError(qPrintable(fixture.error()));
        return;
    }
    QDateTime next = fixture.startTime();
    QList<IngestFixture::Poll> polls;
    auto build = [&] {
        polls.clear();
        for (int i = 0; i < Batch; ++i) {
            polls.append(fixture.makePoll(next));
            next = next.addSecs(fixture.stepSeconds());
        }
    };
    // A batch applied before timing, so the models hold what a running wall holds.
    build();
    for (const IngestFixture::Poll &poll : std::as_const(polls))
        fixture.ingest(poll);
    build();

    qsizetype at = 0;
    qint64 samples = 0;
    qint64 bytes = 0;
    qint64 pages = 0;
    for (auto _ : state) {
        if (at == polls.size()) {
            state.PauseTiming();
            build();
            at = 0;
            state.ResumeTiming();
        }
        const IngestFixture::Poll &poll = polls.at(at++);
        const FeedResult result = fixture.ingest(poll);
        if (!result.ok() || result.samples.isEmpty()) {
            state.SkipWithError(
                qPrintable(QStringLiteral("%1 at %2: %3")
                               .arg(fixture.feed().id, poll.time.toString(Qt::ISODate),
                                    result.ok() ? QStringLiteral("no samples") : result.error)));
            break;
        }
        samples += result.samples.size();
        bytes += poll.bytes;
        pages += poll.pages.size();
    }
    state.SetItemsProcessed(samples);
    state.counters["samples/poll"] =
        benchmark::Counter(double(samples), benchmark::Counter::kAvgIterations);
    state.counters["bytes/poll"] =
        benchmark::Counter(double(bytes), benchmark::Counter::kAvgIterations);
    state.counters["pages/poll"] =
        benchmark::Counter(double(pages), benchmark::Counter::kAvgIterations);
}

[[maybe_unused]] const bool registered = [] {
    const std::pair<const char *, IngestFixture::Path> paths[] = {
        {"json", IngestFixture::Path::Json},
        {"csv", IngestFixture::Path::Csv},
        {"ckan", IngestFixture::Path::Ckan},
        {"ngsi", IngestFixture::Path::Ngsi},
    };
    for (const auto &[name, path] : paths) {
        for (const auto &[size, scale] : {std::pair{"realistic", 1}, std::pair{"10x", 10}}) {
            const std::string benchmarkName = std::string("BM_Ingest/") + name + '/' + size;
            benchmark::RegisterBenchmark(benchmarkName.c_str(), [path = path, scale = scale](
                                                                    benchmark::State &state) {
                ingest(state, path, scale);
            })->Unit(benchmark::kMicrosecond);
        }
    }
    return true;
}();

} // namespace
