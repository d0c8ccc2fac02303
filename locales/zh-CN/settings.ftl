# Account settings (pages/settings): the hub and the names of its pages.
settings-hub-lead = 验证或更新你的合作伙伴配置文件、管理用户并自定义目录。
settings-legal-title = 合作伙伴配置文件
settings-legal-about = 你的组织的法定名称、地址和主要联系人。
settings-billing-title = 合作伙伴账单配置文件
settings-billing-about = 账单信息（如果与合作伙伴配置文件不同）。
settings-organization-title = 组织配置文件
settings-organization-about = 直接从软件供应商处购买软件时用于计费的帐户。
settings-support-title = 支持配置文件
settings-support-about = 客户寻求支持时被引导到的网站、电子邮件和电话。
settings-mpn-title = MPN 配置文件
settings-mpn-about = 你的 MPN ID 和合作伙伴名称。
settings-users-title = 用户管理
settings-users-about = 添加用户、分配角色和删除用户。
settings-catalog-title = 目录
settings-catalog-about = 最多选择五个优惠显示在目录列表顶部。
