/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

/**
 * The options and operands of one command, parsed GNU style: {@code --name value} or {@code --name=value}
 * for options with a value, {@code --flag} for the others, options anywhere among the operands, and
 * {@code --} to end the options (so that a file whose name starts with a dash can be given).
 *
 * @noreference internal to the command line
 */
public final class Arguments {

	private final Map<String, String> values = new LinkedHashMap<>();
	private final Map<String, List<String>> repeated = new LinkedHashMap<>();
	private final Set<String> flags = new LinkedHashSet<>();
	private final List<String> operands = new ArrayList<>();

	private Arguments() {
	}

	/**
	 * Parses a command's arguments.
	 *
	 * @param command        the command's name, for messages
	 * @param args           the arguments after the command's name
	 * @param valueOptions   the options that take a value, without the leading dashes
	 * @param flagOptions    the options that take none, without the leading dashes
	 * @throws CommandException (usage) for an unknown option, a missing value, an option given twice or a
	 *                          value given to a flag
	 */
	public static Arguments parse(String command, List<String> args, Set<String> valueOptions,
			Set<String> flagOptions) throws CommandException {
		return parse(command, args, valueOptions, flagOptions, Set.of());
	}

	/**
	 * Parses a command's arguments, where the options in {@code repeatable} take a value and may be given more
	 * than once ({@link #values(String)} gives them all, in order).
	 */
	public static Arguments parse(String command, List<String> args, Set<String> valueOptions,
			Set<String> flagOptions, Set<String> repeatable) throws CommandException {
		Arguments parsed = new Arguments();
		boolean optionsEnded = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) { //$NON-NLS-1$ //$NON-NLS-2$
				parsed.operands.add(arg);
				continue;
			}
			if (arg.equals("--")) { //$NON-NLS-1$
				optionsEnded = true;
				continue;
			}
			if (!arg.startsWith("--")) { //$NON-NLS-1$
				throw CommandException.usage(NLS.bind(Messages.Usage_unknownOption, command, arg));
			}
			String name = arg.substring(2);
			String value = null;
			int equals = name.indexOf('=');
			if (equals >= 0) {
				value = name.substring(equals + 1);
				name = name.substring(0, equals);
			}
			if (repeatable.contains(name)) {
				if (value == null) {
					if (i + 1 >= args.size()) {
						throw CommandException.usage(NLS.bind(Messages.Usage_missingValue, command, "--" + name)); //$NON-NLS-1$
					}
					value = args.get(++i);
				}
				parsed.repeated.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
			} else if (valueOptions.contains(name)) {
				if (value == null) {
					if (i + 1 >= args.size()) {
						throw CommandException.usage(NLS.bind(Messages.Usage_missingValue, command, "--" + name)); //$NON-NLS-1$
					}
					value = args.get(++i);
				}
				if (parsed.values.containsKey(name)) {
					throw CommandException.usage(NLS.bind(Messages.Usage_repeatedOption, command, "--" + name)); //$NON-NLS-1$
				}
				parsed.values.put(name, value);
			} else if (flagOptions.contains(name)) {
				if (value != null) {
					throw CommandException.usage(NLS.bind(Messages.Usage_flagWithValue, command, "--" + name)); //$NON-NLS-1$
				}
				parsed.flags.add(name);
			} else {
				throw CommandException.usage(NLS.bind(Messages.Usage_unknownOption, command, "--" + name)); //$NON-NLS-1$
			}
		}
		return parsed;
	}

	/** The value of an option, or {@code null} when it was not given. */
	public String value(String option) {
		return values.get(option);
	}

	/** Every value of a repeatable option, in the order given (empty when not given). */
	public List<String> values(String option) {
		return repeated.getOrDefault(option, List.of());
	}

	public boolean flag(String option) {
		return flags.contains(option);
	}

	public List<String> operands() {
		return Collections.unmodifiableList(operands);
	}

	/**
	 * The operands, which must be exactly as many as named.
	 *
	 * @param command the command, for messages
	 * @param names   what each operand is, for messages ({@code FILE}, {@code IN})
	 */
	public List<String> expectOperands(String command, String... names) throws CommandException {
		if (operands.size() < names.length) {
			throw CommandException.usage(NLS.bind(Messages.Usage_missingOperand, command, names[operands.size()]));
		}
		if (operands.size() > names.length) {
			throw CommandException.usage(NLS.bind(Messages.Usage_extraOperand, command, operands.get(names.length)));
		}
		return operands();
	}
}
