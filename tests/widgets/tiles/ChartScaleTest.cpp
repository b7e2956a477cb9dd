#include "tiles/ChartScale.h"

#include <cmath>

#include <catch2/catch.hpp>

using namespace Pantau;

namespace {

QString plainLabel(double value, const ChartScale &scale)
{
    return QString::number(value, 'f', scale.decimals);
}

// Whether `step` is 1, 2, 2.5 or 5 times a power of ten.
bool isNiceStep(double step)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(step)));
    const double mantissa = step / magnitude;
    for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (std::abs(mantissa - m) < 1e-9)
            return true;
    return false;
}

} // namespace

TEST_CASE("ChartScale picks the finest round step that fits the ticks")
{
    const ChartScale percent = ChartScale::fit(0, 100, 6, false, plainLabel);
    CHECK(percent.min == 0);
    CHECK(percent.max == 100);
    CHECK(percent.step == 20);
    CHECK(percent.decimals == 0);
    CHECK(percent.steps() == 5);

    // From -3 to 7 in at most six ticks: steps of 2 need seven, 2.5 need six.
    const ChartScale mixed = ChartScale::fit(-3, 7, 6, false, plainLabel);
    CHECK(mixed.step == 2.5);
    CHECK(mixed.min == -5);
    CHECK(mixed.max == 7.5);
    CHECK(mixed.decimals == 1);
}

TEST_CASE("ChartScale pads a flat line and takes zero in for an amount")
{
    // 143 calls all day: padded by 5 % either side, so the line sits mid-chart.
    const ChartScale flat = ChartScale::fit(143, 143, 5, false, plainLabel);
    CHECK(flat.min <= 143 - 143 * 0.05);
    CHECK(flat.max >= 143 + 143 * 0.05);
    CHECK(flat.step == 5);
    CHECK(flat.min == 135);
    CHECK(flat.max == 155);
    // Nothing at all is padded by one around zero.
    const ChartScale zero = ChartScale::fit(0, 0, 5, false, plainLabel);
    CHECK(zero.min <= -1);
    CHECK(zero.max >= 1);

    const ChartScale area = ChartScale::fit(40, 60, 6, true, plainLabel);
    CHECK(area.min == 0);
    CHECK(area.max >= 60);
}

TEST_CASE("ChartScale passes over steps whose labels read alike")
{
    // Labels rounded down to whole numbers: 0.2-steps would read "0, 0, 0, 0, 1, 1".
    const auto whole = [](double value, const ChartScale &) {
        return QString::number(std::floor(value + 1e-9), 'f', 0);
    };
    const ChartScale s = ChartScale::fit(0, 1, 6, false, whole);
    CHECK(s.step == 1);
    CHECK(s.min == 0);
    CHECK(s.max == 1);
}

TEST_CASE("ChartScale covers the data with round steps and few enough ticks, at any range")
{
    for (const double low : {-5000.0, -12.5, -0.3, 0.0, 0.004, 7.0, 143.0, 28500.0, 2.3e12}) {
        for (const double span : {0.0, 0.01, 0.7, 3.0, 18.0, 250.0, 1e4, 4.1e11}) {
            for (const int maxTicks : {3, 4, 6}) {
                const double high = low + span;
                INFO("data " << low << " to " << high << ", at most " << maxTicks << " ticks");
                const ChartScale s = ChartScale::fit(low, high, maxTicks, false, plainLabel);
                REQUIRE(s.step > 0);
                CHECK(s.min <= low);
                CHECK(s.max >= high);
                CHECK(isNiceStep(s.step));
                CHECK(s.steps() + 1 <= maxTicks);
            }
        }
    }
}

TEST_CASE("ChartScale gives a step the decimals it needs")
{
    CHECK(ChartScale::decimalsFor(1) == 0);
    CHECK(ChartScale::decimalsFor(500) == 0);
    CHECK(ChartScale::decimalsFor(2.5) == 1);
    CHECK(ChartScale::decimalsFor(0.25) == 2);
    CHECK(ChartScale::decimalsFor(0.002) == 3);
    CHECK(ChartScale::decimalsFor(0.00025) == 4);
}

TEST_CASE("ChartScale with room for two ticks only falls back to the data's own ends")
{
    // No round step puts -0.3 and 0.4 between two ticks: any step has a tick at zero as well.
    const ChartScale s = ChartScale::fit(-0.3, 0.4, 2, false, plainLabel);
    CHECK(s.min == Approx(-0.3));
    CHECK(s.max == Approx(0.4));
    CHECK(s.steps() == 1);
    // Data on one side of zero does get a round step.
    const ChartScale positive = ChartScale::fit(7, 10, 2, false, plainLabel);
    CHECK(positive.step == 5);
    CHECK(positive.min == 5);
    CHECK(positive.max == 10);
}
