package io.renloop.payroll.internal.items;

import io.renloop.platform.formula.CompiledFormula;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The tenant's salary items (薪资项目): what a payslip lists, each computed by a formula. Items are versioned: saving
 * adds a version effective from a day and never changes an old one; on a day the newest version effective then
 * applies. Built-in items apply until the tenant saves its own version of their code.
 */
public interface SalaryItems {

	/** The current tenant's items in force on the day, in display order ({@code seq}, then code). */
	List<Item> effectiveOn(LocalDate day);

	/**
	 * The current tenant's versions of one item, newest first; a built-in item not yet saved has its built-in version.
	 * @throws io.renloop.platform.NotFoundException for a code the tenant has no item of
	 */
	List<Item> versions(String code);

	/**
	 * The tenant's items in force on the day, in the order they are computed (every item after the items it reads),
	 * with their formulas compiled: for payroll runs, which state the tenant explicitly.
	 */
	List<ItemInForce> itemsInForce(String tenantId, LocalDate day);

	/**
	 * Saves a new version of the item.
	 * @throws io.renloop.platform.formula.FormulaException when the formula does not compile, reads an unknown
	 * variable or closes a cycle of items reading each other (on any day from its effective date on)
	 */
	Item save(String code, SaveItem command);

	enum Kind {
		/** Adds to the pay (应发). */
		EARNING,
		/** Is taken from the pay (扣款). */
		DEDUCTION,
		/** Shown and readable by other items, not paid. */
		INFO
	}

	/**
	 * One version of an item.
	 * @param version 0 for a built-in item, then 1, 2...
	 * @param builtIn whether this is the product's default, not a version the tenant saved
	 */
	record Item(String code, int version, String nameZh, String nameEn, Kind kind, boolean taxable, String formula,
			int seq, LocalDate effectiveFrom, boolean builtIn, String createdBy, Instant createdAt) {

		public String name(String language) {
			return "zh".equals(language) ? nameZh : nameEn;
		}
	}

	/** An item in force with its compiled formula. */
	record ItemInForce(Item item, CompiledFormula formula) {
	}

	record SaveItem(@NotBlank @Size(max = 100) String nameZh, @NotBlank @Size(max = 100) String nameEn,
			@NotNull Kind kind, @NotNull Boolean taxable, @NotBlank String formula, @NotNull LocalDate effectiveFrom,
			@NotNull @Min(0) @Max(9999) Integer seq) {
	}
}
