// Placeholder: the embed builder is being written.
import '../define.js';
