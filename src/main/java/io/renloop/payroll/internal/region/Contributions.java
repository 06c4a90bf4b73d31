package io.renloop.payroll.internal.region;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/** A month's contributions of one employee, one line per item of the region. */
public record Contributions(List<Contribution> items) {

	public Contributions {
		items = List.copyOf(items);
	}

	/** The line of a kind, if the region collects it. */
	public Optional<Contribution> line(ContributionKind kind) {
		return items.stream().filter(item -> item.kind() == kind).findFirst();
	}

	/** What is deducted from the employee's pay. */
	public BigDecimal employeeTotal() {
		return sum(item -> true, Contribution::employee);
	}

	/** What the employer pays on top of the pay. */
	public BigDecimal employerTotal() {
		return sum(item -> true, Contribution::employer);
	}

	/**
	 * The employee's housing fund, basic and supplementary: the income tax deducts it apart from the social
	 * insurances (within its own cap, which the tax calculation applies).
	 */
	public BigDecimal housingFundEmployee() {
		return sum(item -> item.kind().housingFund(), Contribution::employee);
	}

	private BigDecimal sum(Predicate<Contribution> which, Function<Contribution, BigDecimal> amount) {
		return items.stream().filter(which).map(amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}
}
