/**
 * The engine's platform-neutral values: the incoming {@link org.dpcoach.core.model.Turn} and the
 * outgoing {@link org.dpcoach.core.model.Reply} made of parts that adapters render.
 */
package org.dpcoach.core.model;
