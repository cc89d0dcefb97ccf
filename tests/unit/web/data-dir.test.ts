import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../../electron/web/data-dir';

describe('defaultDataDir', () => {
  it('uses XDG_CONFIG_HOME or ~/.config on Linux, like Electron', () => {
    expect(defaultDataDir({ env: {}, platform: 'linux', home: '/users/kari' })).toBe('/users/kari/.config/Språkbro');
    expect(defaultDataDir({ env: { XDG_CONFIG_HOME: '/cfg' }, platform: 'linux', home: '/users/kari' })).toBe('/cfg/Språkbro');
    expect(defaultDataDir({ env: { XDG_CONFIG_HOME: '' }, platform: 'linux', home: '/users/kari' })).toBe('/users/kari/.config/Språkbro');
  });

  it('uses %APPDATA% on Windows', () => {
    expect(defaultDataDir({ env: { APPDATA: 'C:\\Users\\kari\\AppData\\Roaming' }, platform: 'win32', home: 'C:\\Users\\kari' })).toBe(
      'C:\\Users\\kari\\AppData\\Roaming\\Språkbro',
    );
    expect(defaultDataDir({ env: {}, platform: 'win32', home: 'C:\\Users\\kari' })).toBe('C:\\Users\\kari\\AppData\\Roaming\\Språkbro');
  });

  it('uses Application Support on macOS', () => {
    expect(defaultDataDir({ env: {}, platform: 'darwin', home: '/Users/kari' })).toBe('/Users/kari/Library/Application Support/Språkbro');
  });

  it('lets SPRAKBRO_DATA_DIR override every platform', () => {
    expect(defaultDataDir({ env: { SPRAKBRO_DATA_DIR: '/srv/sprakbro', XDG_CONFIG_HOME: '/cfg' }, platform: 'linux', home: '/users/kari' })).toBe(
      '/srv/sprakbro',
    );
    expect(defaultDataDir({ env: { SPRAKBRO_DATA_DIR: 'D:\\Språkbro-data' }, platform: 'win32', home: 'C:\\Users\\kari' })).toBe('D:\\Språkbro-data');
  });
});
