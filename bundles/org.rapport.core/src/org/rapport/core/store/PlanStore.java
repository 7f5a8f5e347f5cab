/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.rapport.core.internal.store.Problems;
import org.rapport.core.internal.store.Messages;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportFactory;
import org.rapport.model.resource.PlanResourceSet;
import org.rapport.model.resource.RapportResource;
import org.rapport.model.resource.RapportResourceFactory;

/**
 * Loads, saves and creates {@code .rapport} plan files. Headless and usable in plain Java.
 * <ul>
 * <li><b>Load</b> only reads the file. A missing, unreadable, damaged, truncated or foreign file, or one
 * with a document type declaration, gives a {@link PlanLoadException} whose message names the file, the
 * line and the column. The resource of a failed load is removed from the resource set again.</li>
 * <li><b>Save</b> writes to a temporary file in the same folder, forces it to the disk, keeps the previous
 * content as {@code name.rapport.bak} and atomically moves the new file into place (see
 * {@link AtomicFileWriter}); a failure leaves the file as it was. Plan, backup and temporary files get the
 * permissions {@code rw-------} where the file system has POSIX permissions.</li>
 * </ul>
 * Instances are immutable and may be shared between threads; a resource itself must not be changed while it
 * is being saved.
 */
public class PlanStore {

	/** The file extension of plans, without the dot. */
	public static final String FILE_EXTENSION = RapportResourceFactory.FILE_EXTENSION;

	private final AtomicFileWriter writer;

	/** A store that keeps a backup of the previous content on every save. */
	public PlanStore() {
		this(new AtomicFileWriter());
	}

	/**
	 * A store that writes files with the given writer, for example one that keeps no backup, or (in tests)
	 * one whose output decorator fails part-way.
	 *
	 * @param writer how files are written
	 */
	public PlanStore(AtomicFileWriter writer) {
		this.writer = Objects.requireNonNull(writer, "writer"); //$NON-NLS-1$
	}

	/**
	 * A new resource set prepared for plans (the package and the {@code .rapport} factory registered) that
	 * never follows a reference out of the plan: no other file is read and no network address contacted,
	 * whatever the plan refers to (see {@link PlanResourceSet}).
	 */
	public static ResourceSet createResourceSet() {
		return new PlanResourceSet();
	}

	/** The backup file of a plan file: {@code name.rapport.bak} next to it. */
	public static Path backupOf(Path file) {
		return AtomicFileWriter.backupOf(file.toAbsolutePath().normalize());
	}

	/** The EMF URI of a plan file, as the store gives it to the plan's resource. */
	public static URI uriOf(Path file) {
		return URI.createFileURI(file.toAbsolutePath().normalize().toString());
	}

	/**
	 * Loads a plan into a new resource set.
	 *
	 * @param file the plan file
	 * @return the plan, the root of its {@link RapportResource}
	 * @throws PlanLoadException when the file cannot be read or is not a valid plan
	 */
	public NetworkingPlan load(Path file) throws PlanLoadException {
		return load(file, createResourceSet());
	}

	/**
	 * Loads a plan into the given resource set.
	 *
	 * @param file        the plan file
	 * @param resourceSet where to put the plan's resource; it must not already hold a resource for the file. Use
	 *                    {@link #createResourceSet()}: a resource set of another kind would follow the plan's
	 *                    references to other files and to the network when they are resolved
	 * @return the plan, the root of its {@link RapportResource}
	 * @throws PlanLoadException        when the file cannot be read or is not a valid plan; the resource set
	 *                                  is then as it was
	 * @throws IllegalArgumentException when the resource set already holds a resource for this file
	 */
	public NetworkingPlan load(Path file, ResourceSet resourceSet) throws PlanLoadException {
		Objects.requireNonNull(file, "file"); //$NON-NLS-1$
		Objects.requireNonNull(resourceSet, "resourceSet"); //$NON-NLS-1$
		Path path = file.toAbsolutePath().normalize();
		URI uri = uriOf(path);
		if (resourceSet.getResource(uri, false) != null) {
			throw new IllegalArgumentException("The resource set already holds " + uri); //$NON-NLS-1$
		}
		InputStream in;
		try {
			if (Files.isDirectory(path)) {
				throw Problems.unreadable(path, new IOException(Messages.Load_isDirectory));
			}
			if (Files.exists(path) && !Files.isRegularFile(path)) {
				// a pipe would block the load until someone writes to it, a device would never end
				throw Problems.unreadable(path, new IOException(Messages.Load_notRegularFile));
			}
			in = Files.newInputStream(path);
		} catch (IOException e) {
			throw Problems.unreadable(path, e);
		}
		RapportResource resource = new RapportResource(uri);
		resourceSet.getResources().add(resource);
		boolean loaded = false;
		try (InputStream input = new BufferedInputStream(in, 64 * 1024)) {
			resource.load(input, null);
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof NetworkingPlan)) {
				throw Problems.notAPlan(path, resource);
			}
			loaded = true;
			return (NetworkingPlan) resource.getContents().get(0);
		} catch (IOException | RuntimeException e) {
			throw Problems.loadFailed(path, resource, e);
		} catch (StackOverflowError e) {
			// absurdly deep nesting: damaged, not our problem to crash on
			throw Problems.loadFailed(path, resource, new IllegalStateException("nesting too deep", e)); //$NON-NLS-1$
		} finally {
			if (!loaded) {
				resourceSet.getResources().remove(resource);
				resource.unload();
			}
		}
	}

	/**
	 * Saves a plan to a file. When the plan is not in a resource yet, it is put into a new
	 * {@link RapportResource} for the file.
	 *
	 * @see #save(Resource, Path)
	 */
	public void save(NetworkingPlan plan, Path file) throws PlanSaveException {
		Objects.requireNonNull(plan, "plan"); //$NON-NLS-1$
		Resource resource = plan.eResource();
		if (resource == null) {
			if (plan.eContainer() != null) {
				throw Problems.saveException(file, Messages.Save_notPersisted, null);
			}
			resource = new RapportResource(uriOf(file));
			resource.getContents().add(plan);
		}
		save(resource, file);
	}

	/**
	 * Saves the resource to its own file.
	 *
	 * @throws PlanSaveException when the resource has no file URI or the save fails
	 */
	public void save(Resource resource) throws PlanSaveException {
		URI uri = resource.getURI();
		if (uri == null || !uri.isFile()) {
			throw Problems.saveException(Path.of(String.valueOf(uri)), Messages.Save_notPersisted, null);
		}
		save(resource, Path.of(uri.toFileString()));
	}

	/**
	 * Saves a plan's resource to a file, atomically, keeping the previous content as the backup. On success
	 * the resource's URI becomes the file's ({@code Save As}) and the resource is no longer modified.
	 *
	 * @param resource the resource, normally a {@link RapportResource} (others are saved with its options)
	 * @param file     the file to write
	 * @throws PlanSaveException when the save fails; the file is then as it was and no temporary file remains
	 */
	public void save(Resource resource, Path file) throws PlanSaveException {
		Objects.requireNonNull(resource, "resource"); //$NON-NLS-1$
		Objects.requireNonNull(file, "file"); //$NON-NLS-1$
		Path path = file.toAbsolutePath().normalize();
		Map<Object, Object> options = resource instanceof RapportResource ? null : RapportResource.createSaveOptions();
		try {
			writer.write(path, out -> resource.save(out, options));
		} catch (IOException | RuntimeException e) {
			throw Problems.saveFailed(path, e);
		}
		URI uri = uriOf(path);
		if (!uri.equals(resource.getURI())) {
			resource.setURI(uri);
		}
		resource.setModified(false);
	}

	/**
	 * Creates a new, empty plan with the given name and saves it to a file that must not exist yet.
	 *
	 * @return the new plan, in a new resource set
	 */
	public NetworkingPlan createNew(Path file, String name) throws PlanSaveException {
		return createNew(file, name, createResourceSet());
	}

	/**
	 * Creates a new, empty plan with the given name in the given resource set and saves it to a file that
	 * must not exist yet.
	 *
	 * @throws PlanSaveException when the file exists already or cannot be written; the resource set is then
	 *                           as it was
	 */
	public NetworkingPlan createNew(Path file, String name, ResourceSet resourceSet) throws PlanSaveException {
		Objects.requireNonNull(file, "file"); //$NON-NLS-1$
		Objects.requireNonNull(resourceSet, "resourceSet"); //$NON-NLS-1$
		Path path = file.toAbsolutePath().normalize();
		if (Files.exists(path)) {
			throw Problems.saveFailed(path, new FileAlreadyExistsException(path.toString()));
		}
		NetworkingPlan plan = RapportFactory.eINSTANCE.createNetworkingPlan();
		plan.setName(name);
		RapportResource resource = new RapportResource(uriOf(path));
		resource.getContents().add(plan);
		resourceSet.getResources().add(resource);
		boolean saved = false;
		try {
			save(resource, path);
			saved = true;
			return plan;
		} finally {
			if (!saved) {
				resourceSet.getResources().remove(resource);
			}
		}
	}

	/** Whether the object's resource holds content from a newer model version that is kept but not shown. */
	public static boolean hasUnknownContent(EObject object) {
		Resource resource = object.eResource();
		return resource instanceof RapportResource && !((RapportResource) resource).getEObjectToExtensionMap().isEmpty();
	}
}
