/** The folder the editors' interface is served from (`/admin/`): outside every language, so no reader page, pack or sitemap includes it. */
export const adminDirectory = 'admin';
