package org.rapport.core.internal.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.rapport.model.NetworkingPlan;

/**
 * The contact formats of the interchange API (vCard, LinkedIn and Google CSV), as the command line uses
 * them.
 *
 * @noreference internal to the command line
 */
final class ContactFormats {

	List<String> exportFormats() {
		return List.of();
	}

	List<String> importFormats() {
		return List.of();
	}

	String exportFormatOfExtension(String extension) {
		return null;
	}

	String export(String format, NetworkingPlan plan, Path target) throws IOException {
		throw new IllegalArgumentException(format);
	}

	String importInto(String format, NetworkingPlan plan, Path in, String inArg) throws CommandException {
		throw new IllegalArgumentException(format);
	}
}
