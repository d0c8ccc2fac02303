# 添加客户：向导（文档 add-a-new-customer、confirm-consent）。
customers-add-progress = 添加客户的步骤
customers-add-step-account = 帐户信息
customers-add-step-subscriptions = 订阅
customers-add-step-review = 审阅
customers-add-step-of = 第 { $step } 步，共 { $count } 步
customers-add-next-subscriptions = 下一步：订阅
customers-add-next-review = 下一步：审阅
customers-add-back = 上一步
customers-add-submit = 提交
customers-add-submitting = 正在提交…
customers-add-update = 更新
customers-add-edit-china = 更新
customers-add-edit-global = 编辑

## 帐户信息
customers-add-account-intro = 请填写公司详细信息和主要联系人信息。
customers-add-company-details = 公司详细信息
customers-add-company-name = 公司名称
customers-add-domain = 域名
customers-add-domain-hint = 1 到 27 个字母或数字。域名以 { $suffix } 结尾。
customers-add-domain-checking = 正在检查此域名是否可用…
customers-add-domain-available = { $domain } 可用。
customers-add-domain-taken = 此域名已被使用。请另选一个。
customers-add-domain-unchecked = 暂时无法检查此域名。提交时将再次检查。
customers-add-primary-contact = 主要联系人
customers-add-first-name = 名
customers-add-last-name = 姓
customers-add-email = 电子邮件地址
customers-add-phone = 电话号码
customers-add-phone-hint-china = 中国手机号码或固定电话号码，例如 138 1234 5678 或 021-6888 1234。
customers-add-phone-hint = 请包含国家/地区代码，例如 +1 425 555 0100。
customers-add-address = 地址
customers-add-country = 国家/地区
customers-add-province = 省份
customers-add-state = 州或省
customers-add-city = 城市
customers-add-address-line1 = 地址行 1
customers-add-address-line2 = 地址行 2
customers-add-postal-code = 邮政编码
customers-add-postal-hint-china = 6 位数字。
customers-add-postal-hint = 采用该国家/地区的格式，例如 98052 或 98052-6399。
customers-add-language-preferences = 语言首选项
customers-add-culture = 区域性
customers-add-language = 语言
customers-add-error-domain = 请使用 1 到 27 个字母或数字，不能包含空格、连字符或点。
customers-add-error-choose = 请从列表中选择一个值。
customers-add-error-country-china = 由世纪互联运营的合作伙伴中心的客户位于中国。
customers-add-error-country-global = 中国的客户由世纪互联运营的合作伙伴中心提供服务。请选择其他国家/地区。
customers-add-error-postal-code = 请按该国家/地区的格式输入邮政编码，例如 98052 或 98052-6399。

## Microsoft 云协议（全球云）
customers-add-mca-title = Microsoft 云协议
customers-add-mca-intro = 请确认客户已接受最新的 Microsoft 云协议，并填写接受协议的人员。
customers-add-mca-accepted = 客户已接受最新的 Microsoft 云协议
customers-add-mca-date = 协议接受日期
customers-add-mca-date-hint = 客户接受协议的日期，不能晚于今天。
customers-add-mca-contact = 接受协议的人员
customers-add-mca-contact-default = 主要联系人。如果是其他人接受了协议，请选择“更新”。
customers-add-mca-use-primary = 使用主要联系人
customers-add-error-mca-accepted = 请确认客户已接受最新的 Microsoft 云协议。
customers-add-error-mca-date-required = 请输入协议接受日期。
customers-add-error-mca-date = 请输入有效的协议接受日期。
customers-add-error-mca-date-future = 协议接受日期不能是将来的日期。

## 订阅
customers-add-subscriptions-intro = 请选择正确的产品/服务，并输入每项的许可证数量。也可以先添加客户，以后再添加订阅。
customers-add-offer-search = 搜索产品/服务
customers-add-offers-chosen = { $count ->
    [0] 未选择任何产品/服务。
   *[other] 已选择 { $count } 项产品/服务。
}
customers-add-offers-none = 没有与搜索匹配的产品/服务。
customers-add-offer-range = { $min } 到 { $max } 个许可证
customers-add-quantity = { $offer } 的许可证数量
customers-add-error-quantity-required = 请输入 { $offer } 的许可证数量。
customers-add-error-quantity = 请为 { $offer } 输入 { $min } 到 { $max } 之间的整数许可证数量。

## 审阅
customers-add-review-intro = 请检查填写的内容是否准确，然后选择“提交”。
customers-add-review-no-offers = 没有订阅。创建客户后可以再添加订阅。
customers-add-review-offer = { $offer }：{ $count } 个许可证

## 确认
customers-add-confirmation = 确认
customers-add-created = 已添加客户“{ $company }”。
customers-add-setup-info = 设置信息
customers-add-password-once = 请立即复制管理员用户名和临时密码。密码只显示一次：离开此页面后将无法再次显示。
customers-add-admin-user = 管理员用户名
customers-add-temporary-password = 临时密码
customers-add-copy = 复制
customers-add-print = 打印
customers-add-copied = 已复制到剪贴板。
customers-add-copy-failed = 无法复制。请选中用户名和密码后自行复制。
customers-add-buying = 正在购买 { $offer }（{ $count } 个许可证）…
customers-add-bought = { $offer }：已购买 { $count } 个许可证。
customers-add-not-bought = 未能购买 { $offer }（{ $count } 个许可证）。{ $reason }
customers-add-buy-retry = 重试购买未成功的订阅
customers-add-mca-recording = 正在记录 Microsoft 云协议的接受情况…
customers-add-mca-recorded = 已记录 Microsoft 云协议的接受情况。
customers-add-mca-not-recorded = 未能记录 Microsoft 云协议的接受情况。{ $reason }
customers-add-mca-retry = 重试记录协议
customers-add-done = 完成
