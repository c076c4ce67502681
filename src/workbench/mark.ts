/**
 * What marks an HTML file as a workbench page: the command line replaces an earlier page
 * and never any other file.
 *
 * @module
 */

/** The page's generator tag. */
export const WORKBENCH_MARK = '<meta name="generator" content="mobile-member-rules workbench">';
