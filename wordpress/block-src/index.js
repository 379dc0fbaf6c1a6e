import { registerBlockType } from '@wordpress/blocks';
import metadata from './block.json';
import Edit from './edit';
import './editor.css';

// A dynamic block: the server writes the list from the saved attributes, so nothing is saved as HTML.
registerBlockType(metadata.name, { edit: Edit, save: () => null });
