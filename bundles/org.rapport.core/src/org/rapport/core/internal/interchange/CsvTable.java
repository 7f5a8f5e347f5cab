/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.interchange;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.rapport.core.interchange.ContactRecord;
import org.rapport.core.interchange.InterchangeException;

/**
 * A CSV contacts file read with Commons CSV: the header is found by its content (LinkedIn puts a note
 * before it), data rows come with the line they start at (quoted values may span lines), and rows whose
 * number of values does not fit the header are rejected rather than read with shifted columns.
 */
public final class CsvTable {

	/** RFC 4180 with any line end; empty lines skipped; quotes inside values doubled. */
	public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

	/** One data row: its values, where it starts, and the column names to read it by. */
	public static final class Row {
		private final CsvTable table;
		private final CSVRecord record;
		private final int line;

		Row(CsvTable table, CSVRecord record, int line) {
			this.table = table;
			this.record = record;
			this.line = line;
		}

		/** The line (1-based) the row starts at. */
		public int line() {
			return line;
		}

		/** The value under a column (header name, case-insensitive), or {@code null} when empty or absent. */
		public String get(String column) {
			Integer index = table.columns.get(column.toLowerCase(Locale.ROOT));
			if (index == null || index >= record.size()) {
				return null;
			}
			String value = unguard(record.get(index).strip());
			return value.isEmpty() ? null : value;
		}

		/** Whether every value of the row is empty (such rows are skipped). */
		boolean isEmpty() {
			for (String value : record) {
				if (!value.isBlank()) {
					return false;
				}
			}
			return true;
		}

		int size() {
			return record.size();
		}

		/** Whether the values after the header's columns are all empty (a trailing comma is harmless). */
		boolean extraValuesEmpty(int columns) {
			for (int i = columns; i < record.size(); i++) {
				if (!record.get(i).isBlank()) {
					return false;
				}
			}
			return true;
		}
	}

	/** A cell a spreadsheet would run as a formula: it starts with {@code = + - @}, a tab or a carriage return. */
	private static final Pattern FORMULA = Pattern.compile("^'*[=+\\-@\t\r].*", Pattern.DOTALL); //$NON-NLS-1$
	/** Numbers and phone numbers ({@code +49 30 1234}, {@code -2}): no spreadsheet runs them, so they stay as they are. */
	private static final Pattern NUMBER = Pattern.compile("[+\\-]?[0-9][0-9 ().\\-/]*"); //$NON-NLS-1$
	/** A date without its year as Google writes it ({@code --07-14}): it carries nothing a spreadsheet could run. */
	private static final Pattern MONTH_DAY = Pattern.compile("--[0-9]{2}-[0-9]{2}"); //$NON-NLS-1$

	/**
	 * A value as a CSV export writes it: one that a spreadsheet would run as a formula (OWASP's rule: a leading
	 * {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return, after any apostrophes) gets an apostrophe in
	 * front, which spreadsheets show as text; {@link #unguard(String)} takes it off again, so the round trip is
	 * lossless. Numbers, phone numbers and dates without the year ({@code --07-14}) are left as they are.
	 */
	public static String guard(String value) {
		if (value == null || value.isEmpty() || !FORMULA.matcher(value).matches() || NUMBER.matcher(value).matches()
				|| MONTH_DAY.matcher(value).matches()) {
			return value;
		}
		return '\'' + value;
	}

	/** The value a {@linkplain #guard(String) guarded} cell stands for: one apostrophe before a formula character less. */
	public static String unguard(String value) {
		if (value.length() > 1 && value.charAt(0) == '\'' && FORMULA.matcher(value.substring(1)).matches()
				&& !NUMBER.matcher(value.substring(1)).matches() && !MONTH_DAY.matcher(value.substring(1)).matches()) {
			return value.substring(1);
		}
		return value;
	}

	private final List<String> header;
	private final Map<String, Integer> columns = new HashMap<>();
	private final int headerLine;
	private final List<CSVRecord> dataRecords;
	private final TextDecoding.Lines lines;
	/** Where the parser gave up on an unbalanced quote, or 0. */
	private int failedLine;

	private CsvTable(List<String> header, int headerLine, List<CSVRecord> dataRecords, TextDecoding.Lines lines) {
		this.header = header;
		this.headerLine = headerLine;
		this.dataRecords = dataRecords;
		this.lines = lines;
		for (int i = 0; i < header.size(); i++) {
			columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
		}
	}

	/**
	 * Parses the text and finds the header: the first record for which {@code isHeader} holds (given its
	 * values, trimmed).
	 *
	 * @throws InterchangeException when the text is empty, is not CSV or has no such header
	 */
	public static CsvTable parse(String text, String sourceName, Predicate<List<String>> isHeader, String missingHeaderMessage)
			throws InterchangeException {
		if (text.isBlank()) {
			throw new InterchangeException(Messages.bind(Messages.Read_empty, sourceName), 0, null);
		}
		TextDecoding.Lines lines = new TextDecoding.Lines(text);
		List<CSVRecord> records = new ArrayList<>();
		int failedLine = 0;
		try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
			Iterator<CSVRecord> it = parser.iterator();
			long consumedLines = 0;
			try {
				while (it.hasNext()) {
					records.add(it.next());
					consumedLines = parser.getCurrentLineNumber();
				}
			} catch (UncheckedIOException | IllegalStateException e) {
				// an unbalanced quote: what comes after it cannot be split into values reliably, but the rows
				// before it are fine and are still imported
				failedLine = (int) consumedLines + 1;
			}
		} catch (IOException e) {
			throw new InterchangeException(Messages.bind(Messages.Read_badCsv, sourceName, e.getMessage()), 0, e);
		}
		for (int i = 0; i < records.size(); i++) {
			List<String> values = new ArrayList<>();
			records.get(i).forEach(v -> values.add(v.strip()));
			if (isHeader.test(values)) {
				int line = lines.lineOf(records.get(i).getCharacterPosition());
				CsvTable table = new CsvTable(values, line, records.subList(i + 1, records.size()), lines);
				table.failedLine = failedLine;
				return table;
			}
		}
		throw new InterchangeException(Messages.bind(missingHeaderMessage, sourceName), 0, null);
	}

	/** Whether the header has a column of that name (case-insensitive). */
	public boolean hasColumn(String name) {
		return columns.containsKey(name.toLowerCase(Locale.ROOT));
	}

	/** The header's column names, trimmed, in order. */
	public List<String> header() {
		return header;
	}

	public int headerLine() {
		return headerLine;
	}

	/** The number of data records (empty lines not counted), for progress. */
	public int size() {
		return dataRecords.size();
	}

	/** How one data row becomes a record. */
	public interface RowReader {
		ContactRecord read(Row row);
	}

	/** One row through the reader; whatever goes wrong with it rejects that row only, with the reason. */
	private static ContactRecord readRow(RowReader reader, Row row) {
		try {
			return reader.read(row);
		} catch (RuntimeException e) {
			String reason = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
			return ContactRecord.rejected(row.line(), Messages.bind(Messages.Reject_unexpected, XmlChars.replaceInvalid(reason)));
		}
	}

	/**
	 * Reads the data rows in order: empty rows are skipped, rows with fewer values than the header (or more
	 * non-empty ones) are rejected with the reason, the others go through {@code reader}. The monitor is
	 * checked for every row.
	 */
	public List<ContactRecord> readRows(RowReader reader, IProgressMonitor monitor) {
		SubMonitor sub = SubMonitor.convert(monitor, dataRecords.size());
		List<ContactRecord> result = new ArrayList<>();
		for (CSVRecord record : dataRecords) {
			if (sub.isCanceled()) {
				throw new OperationCanceledException();
			}
			Row row = new Row(this, record, lines.lineOf(record.getCharacterPosition()));
			if (!row.isEmpty()) {
				if (row.size() < header.size() || !row.extraValuesEmpty(header.size())) {
					result.add(ContactRecord.rejected(row.line(), Messages.bind(Messages.Reject_columnCount,
							Integer.valueOf(row.size()), Integer.valueOf(header.size()))));
				} else {
					result.add(readRow(reader, row));
				}
			}
			sub.worked(1);
		}
		if (failedLine > 0) {
			result.add(ContactRecord.rejected(failedLine, Messages.Reject_unbalancedQuote));
		}
		return result;
	}
}
