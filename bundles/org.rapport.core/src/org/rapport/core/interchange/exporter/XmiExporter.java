/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.interchange.exporter;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.rapport.core.internal.interchange.Messages;
import org.rapport.core.store.AtomicFileWriter;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportPackage;
import org.rapport.model.resource.RapportResource;

/**
 * Exports a plan as a plain XMI file that any EMF runtime can load without Rapport's bundles: the file's
 * {@code xsi:schemaLocation} maps the Rapport namespace to {@value #ECORE_FILE_NAME}, and that model is
 * written next to the file. A tool with only EMF's XMI support then finds the model through the schema
 * location and works on the plan dynamically.
 * <p>
 * The XMI is the plan file's own serialization (XMI 2.0, UTF-8, the same {@code xmi:id}s, content from a
 * newer model version kept), except for the schema location and for attribute values equal to their
 * default, which are written too so that no reader has to agree with us on defaults. So Rapport loads an export back as a plan
 * ({@link org.rapport.core.store.PlanStore#load(Path)}), which never follows the schema location.
 * </p>
 * <p>
 * Both files are written atomically ({@link AtomicFileWriter}): a failure leaves each as it was. Headless,
 * usable in plain Java. Instances are immutable and thread-safe; the plan must not change during an export.
 * </p>
 */
public final class XmiExporter {

	/** The name of the model file written next to an export, and the schema location exports declare. */
	public static final String ECORE_FILE_NAME = "rapport.ecore"; //$NON-NLS-1$

	/** The usual file extension of exports, without the dot. */
	public static final String FILE_EXTENSION = "xmi"; //$NON-NLS-1$

	/** Where the model bundle keeps the {@code .ecore} (its {@code model/} folder is on its class path root). */
	private static final String ECORE_RESOURCE = "/model/" + ECORE_FILE_NAME; //$NON-NLS-1$

	private final AtomicFileWriter writer;

	/** An exporter that replaces existing files without keeping a backup: an export is derived data. */
	public XmiExporter() {
		this(new AtomicFileWriter(false, UnaryOperator.identity()));
	}

	/** An exporter that writes with the given writer (with a backup, or failing part-way in tests). */
	public XmiExporter(AtomicFileWriter writer) {
		this.writer = Objects.requireNonNull(writer, "writer"); //$NON-NLS-1$
	}

	/**
	 * Writes the plan to the target file and {@value #ECORE_FILE_NAME} into the same folder.
	 *
	 * @param plan   a whole plan (not contained in another object)
	 * @param target the XMI file to (re)place
	 * @return the model file written next to the target
	 * @throws IOException when either file cannot be written; a file that failed is unchanged
	 */
	public Path export(NetworkingPlan plan, Path target) throws IOException {
		Objects.requireNonNull(plan, "plan"); //$NON-NLS-1$
		Path file = target.toAbsolutePath().normalize();
		Path ecore = file.resolveSibling(ECORE_FILE_NAME);
		if (file.equals(ecore)) {
			throw new IOException(file + ": the export cannot be named " + ECORE_FILE_NAME //$NON-NLS-1$
					+ ", the name of the model written next to it"); //$NON-NLS-1$
		}
		// the model first: a plan file that names a model which is not there would be useless
		boolean ecoreExisted = Files.exists(ecore, LinkOption.NOFOLLOW_LINKS);
		writer.write(ecore, XmiExporter::writeEcore);
		try {
			writer.write(file, out -> write(plan, out));
		} catch (IOException | RuntimeException | Error e) {
			// a failed export leaves no file it created behind (an existing model file was replaced by the same model)
			if (!ecoreExisted) {
				try {
					Files.deleteIfExists(ecore);
				} catch (IOException | RuntimeException deletion) {
					e.addSuppressed(deletion);
				}
			}
			throw e;
		}
		return ecore;
	}

	/**
	 * Writes the plan as XMI whose schema location names {@value #ECORE_FILE_NAME}, without the model file.
	 *
	 * @throws IOException when writing fails
	 */
	public static void write(NetworkingPlan plan, OutputStream out) throws IOException {
		Objects.requireNonNull(plan, "plan"); //$NON-NLS-1$
		if (plan.eContainer() != null) {
			throw new IOException(Messages.Export_planNotRoot);
		}
		Map<Object, Object> options = new HashMap<>(RapportResource.createSaveOptions());
		options.put(RapportResource.OPTION_ECORE_LOCATION, ECORE_FILE_NAME);
		// Attributes with a default are written even when they hold it: a reader that is not our generated code
		// works out defaults from the .ecore alone and may get another value (priority's default literal
		// "MEDIUM" names no literal, so generated code falls back to LOW and dynamic EMF to null).
		options.put(XMLResource.OPTION_KEEP_DEFAULT_CONTENT, Boolean.TRUE);
		Resource resource = plan.eResource();
		if (resource instanceof RapportResource && resource.getContents().size() == 1) {
			// the plan's own resource: its ids and any content of a newer model version are written as they are.
			// Saving to a stream keeps the resource's URI; an export is not a save, so its modified state is kept too
			boolean modified = resource.isModified();
			try {
				resource.save(out, options);
			} finally {
				resource.setModified(modified);
			}
		} else {
			copyIntoResource(plan).save(out, options);
		}
	}

	/** Copies the model file from the model bundle. */
	public static void writeEcore(OutputStream out) throws IOException {
		URL ecore = ecoreUrl();
		try (InputStream in = ecore.openStream()) {
			in.transferTo(out);
		}
	}

	/** The model file inside the model bundle (in Eclipse and in plain Java, wherever the bundle's jar is). */
	public static URL ecoreUrl() throws IOException {
		URL url = RapportPackage.class.getResource(ECORE_RESOURCE);
		if (url == null) {
			throw new IOException(Messages.Export_noEcore);
		}
		return url;
	}

	/**
	 * A plan outside a {@link RapportResource} (new, or in a resource with other content) is written from a
	 * copy, so that the caller's objects are not moved; ids it already has are kept.
	 */
	private static RapportResource copyIntoResource(NetworkingPlan plan) {
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		EObject copy = copier.copy(plan);
		copier.copyReferences();
		RapportResource resource = new RapportResource();
		resource.getContents().add(copy);
		if (plan.eResource() instanceof XMLResource original) {
			copier.forEach((object, copied) -> {
				String id = original.getID(object);
				if (id != null) {
					resource.setID(copied, id);
				}
			});
		}
		return resource;
	}
}
