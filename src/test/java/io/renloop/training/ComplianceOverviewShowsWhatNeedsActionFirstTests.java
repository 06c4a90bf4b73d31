package io.renloop.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.training.Certificates.ComplianceRow;
import io.renloop.training.Certificates.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ComplianceOverviewShowsWhatNeedsActionFirstTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	@Test
	void countsEveryLineButListsOnlyWhatNeedsActionMostUrgentFirst() {
		List<ComplianceRow> lines = List.of(line("甲", "SPECIAL", Status.VALID, TODAY.plusYears(1)),
				line("乙", "SPECIAL", Status.EXPIRING, TODAY.plusDays(20)),
				line("丙", "SPECIAL", Status.EXPIRING, TODAY.plusDays(3)),
				line("丁", "SAFETY", Status.MISSING, null), line("戊", "SAFETY", Status.EXPIRED, TODAY.minusDays(2)));

		ComplianceOverview overview = ComplianceOverview.of(lines, null, 0);

		assertThat(overview.rows()).extracting(ComplianceRow::employeeName).containsExactly("戊", "丁", "丙", "乙");
		assertThat(overview.totals()).containsEntry(Status.VALID, 1).containsEntry(Status.EXPIRING, 2)
			.containsEntry(Status.MISSING, 1).containsEntry(Status.EXPIRED, 1);
		assertThat(overview.byType()).extracting(ComplianceOverview.TypeCount::code).containsExactly("SPECIAL", "SAFETY");
		assertThat(overview.byType().get(0)).extracting(t -> t.valid() + "/" + t.expiring()).isEqualTo("1/2");
		assertThat(ComplianceOverview.of(lines, Status.VALID, 0).rows()).extracting(ComplianceRow::employeeName)
			.containsExactly("甲");
	}

	@Test
	void pagesAHundredLinesAtATimeAndClampsThePageNumber() {
		List<ComplianceRow> lines = new ArrayList<>();
		for (int i = 0; i < 250; i++) {
			lines.add(line("员工" + i, "SPECIAL", Status.MISSING, null));
		}

		ComplianceOverview last = ComplianceOverview.of(lines, Status.MISSING, 7);

		assertThat(last.pages()).isEqualTo(3);
		assertThat(last.page()).isEqualTo(2);
		assertThat(last.rows()).hasSize(50);
		assertThat(last.matching()).isEqualTo(250);
		assertThat(ComplianceOverview.of(lines, null, -1).page()).isZero();
		assertThat(ComplianceOverview.of(List.of(), null, 0).pages()).isEqualTo(1);
	}

	@Test
	void countsMadeElsewhereGiveTheTotalsAndPagesAndOnlyThePageIsAskedFor() {
		List<ComplianceOverview.TypeCount> counts = List.of(new ComplianceOverview.TypeCount("SAFETY", "Safety", 900, 40,
				120, 30), new ComplianceOverview.TypeCount("SPECIAL", "Special", 800, 10, 5, 0));
		List<String> asked = new ArrayList<>();

		ComplianceOverview overview = ComplianceOverview.counted(counts, null, 9, (statuses, offset, limit) -> {
			asked.add(statuses + " " + offset + " " + limit);
			return List.of(line("甲", "SAFETY", Status.EXPIRING, TODAY.plusDays(1)));
		});

		assertThat(overview.totals()).containsEntry(Status.VALID, 1700).containsEntry(Status.EXPIRING, 50)
			.containsEntry(Status.EXPIRED, 125).containsEntry(Status.MISSING, 30);
		assertThat(overview.matching()).isEqualTo(205);
		assertThat(overview.pages()).isEqualTo(3);
		assertThat(asked).containsExactly("[EXPIRING, EXPIRED, MISSING] 200 100");
		assertThat(ComplianceOverview.counted(counts.subList(1, 2), Status.MISSING, 0, (statuses, offset, limit) -> {
			throw new AssertionError("no lines to ask for");
		}).pages()).isEqualTo(1);
		assertThat(ComplianceOverview.counted(List.of(), null, 0, (statuses, offset, limit) -> {
			throw new AssertionError("no lines to ask for");
		}).rows()).isEmpty();
	}

	private static ComplianceRow line(String name, String type, Status status, LocalDate expires) {
		return new ComplianceRow(UUID.randomUUID(), name, type, type + " licence", status, expires, true);
	}
}
