# Compiled into the app: shown when config.json or the message catalog cannot be loaded.
boot-error-title = 合作伙伴中心无法启动
boot-error-config = 门户配置 (config.json) 缺失或无效。请过几分钟再试。如果问题仍然存在，请联系本网站的管理员。
boot-error-catalog = 无法加载门户文本。请检查网络连接，然后重试。
boot-error-retry = 重试

# Compiled into the app: replaces the page if the app fails (a panic); the id is also in the
# browser console, so a report can be matched with it.
crash-message = 出现了问题。请重新加载页面；你在此步骤中输入的内容会保留。
crash-error-id = 错误 ID：{ $id }
crash-reload = 重新加载页面
