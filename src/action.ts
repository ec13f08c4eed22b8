// The GitHub Action entry (dist/index.js). Placeholder until issue 5 lands.
import * as core from '@actions/core';

core.setFailed('whoot-rooms action: not implemented yet');
